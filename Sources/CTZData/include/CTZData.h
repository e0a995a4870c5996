#ifndef ROSTER_CTZDATA_H
#define ROSTER_CTZDATA_H

// The IANA tz database that Roster carries, written by Scripts/update-tzdata.py.

/// The IANA release, such as "2026f".
const char *roster_tzdata_version(void);
/// One line per name: `Z name offset length`, `L target name`, `T name` (a place in zone.tab).
const char *roster_tzdata_index(void);
/// The TZif files of the zones, one after another.
const unsigned char *roster_tzdata_blob(void);
unsigned long roster_tzdata_blob_size(void);

#endif
