/// One weekly schedule of one agent: live chat or meetings.
public struct Schedule: Sendable {
  public enum Kind: String, Sendable { case liveChat = "live_chat", meetings }
  /// The id of the agent whose schedule this is.
  public var agentID: String
  public var kind: Kind
  public var hours: WeeklyHours
  /// The time zone the hours are kept in, as written.
  public var timezone: String
}

extension Configuration {
  /// Every weekly schedule, agent by agent, live chat before meetings.
  public var schedules: [Schedule] {
    agents.flatMap { agent in
      [
        agent.liveChat.map {
          Schedule(agentID: agent.id.value, kind: .liveChat, hours: $0.hours, timezone: $0.timezone.value)
        },
        agent.meetings.map {
          Schedule(agentID: agent.id.value, kind: .meetings, hours: $0.hours, timezone: $0.timezone.value)
        },
      ].compactMap { $0 }
    }
  }
}
