/* floor FILE...: reads each file whole and parses it with libyaml's event
 * API, doing nothing with the events but counting them. Prints the total
 * event count; exits 1 on an unreadable file or a parse error.
 * Build: cc -O2 -o floor floor.c -lyaml
 */
#include <stdio.h>
#include <stdlib.h>
#include <yaml.h>

/* Reads a whole file into a malloc'd buffer; returns NULL on failure. */
static unsigned char *read_file(const char *path, size_t *size) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    unsigned char *data = NULL;
    long length;
    if (fseek(f, 0, SEEK_END) == 0 && (length = ftell(f)) >= 0 &&
        fseek(f, 0, SEEK_SET) == 0 && (data = malloc(length ? length : 1)) &&
        fread(data, 1, length, f) == (size_t)length) {
        *size = (size_t)length;
    } else {
        free(data);
        data = NULL;
    }
    fclose(f);
    return data;
}

int main(int argc, char **argv) {
    unsigned long long events = 0;
    for (int i = 1; i < argc; i++) {
        size_t size;
        unsigned char *data = read_file(argv[i], &size);
        if (!data) {
            fprintf(stderr, "floor: cannot read %s\n", argv[i]);
            return 1;
        }
        yaml_parser_t parser;
        yaml_event_t event;
        yaml_parser_initialize(&parser);
        yaml_parser_set_input_string(&parser, data, size);
        for (;;) {
            if (!yaml_parser_parse(&parser, &event)) {
                fprintf(stderr, "floor: %s:%zu:%zu: %s\n", argv[i],
                        parser.problem_mark.line + 1, parser.problem_mark.column + 1,
                        parser.problem ? parser.problem : "parse error");
                return 1;
            }
            events++;
            yaml_event_type_t type = event.type;
            yaml_event_delete(&event);
            if (type == YAML_STREAM_END_EVENT) break;
        }
        yaml_parser_delete(&parser);
        free(data);
    }
    printf("%llu\n", events);
    return 0;
}
