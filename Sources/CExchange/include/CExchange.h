#ifndef ROSTER_CEXCHANGE_H
#define ROSTER_CEXCHANGE_H

/// Exchanges two paths in one atomic step (renameat2 with RENAME_EXCHANGE
/// on Linux, renamex_np with RENAME_SWAP on macOS). Returns 0, or -1 with
/// errno set; ENOSYS where the system has no such call.
int roster_exchange(const char *first, const char *second);

#endif
