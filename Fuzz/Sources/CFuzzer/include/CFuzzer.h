// libFuzzer's entry for a program with a main of its own (LLVM 11 and later):
// it parses libFuzzer's options from argv and calls `test` on each input.
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*test)(const uint8_t *data, size_t size));
