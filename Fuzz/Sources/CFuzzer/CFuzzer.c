// The declaration is all: libFuzzer itself comes with -sanitize=fuzzer.
#include "CFuzzer.h"
