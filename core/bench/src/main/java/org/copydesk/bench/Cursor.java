package org.copydesk.bench;

import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** Each benchmark thread's position in a benchmark's inputs, which it cycles through. */
@State(Scope.Thread)
public class Cursor {
    int next;

    /** The next index below {@code size}, back to 0 after the last. */
    int next(int size) {
        int i = next;
        next = i + 1 >= size ? 0 : i + 1;
        return i;
    }
}
