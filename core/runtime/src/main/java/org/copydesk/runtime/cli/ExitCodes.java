package org.copydesk.runtime.cli;

/** Exit codes of every command. */
final class ExitCodes {
    static final int OK = 0;
    /** Some inputs failed; each was reported and the rest processed. */
    static final int SOME_FAILED = 1;
    /** Bad command line or configuration. */
    static final int USAGE = 2;

    private ExitCodes() {
    }
}
