#ifndef ROSTER_CLIBCRYPTO_SHIM_H
#define ROSTER_CLIBCRYPTO_SHIM_H
#include <openssl/evp.h>
#endif
