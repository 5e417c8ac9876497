/*
 * fatal.h — how a native program meets the faults Node survives or reports: SIGPIPE is ignored
 * (a closed stdout drops output quietly, the program runs on and exits 0, as Node does), the heap
 * running out prints Node's "FATAL ERROR: ... JavaScript heap out of memory" line and aborts, Boehm's
 * warnings stay off stderr (TSN_GC_WARNINGS=1 shows them), and a crash signal (SIGSEGV, SIGBUS,
 * SIGILL, SIGFPE, SIGABRT) first writes out the buffered stdout, then ends the process as that signal.
 */
#ifndef TSN_FATAL_H
#define TSN_FATAL_H

/* Installs all of the above; call once, after GC_INIT. */
void tsn_fatal_init(void);

#endif
