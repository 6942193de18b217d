package org.copydesk.fetch;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Whether fetched bytes are valid UTF-8: the test both web plugins use to trust a declared UTF-8, and to choose
 * between UTF-8 and windows-1252 when nothing is declared.
 */
public final class Utf8 {
    private Utf8() {
    }

    /** True when every byte sequence is well-formed UTF-8 (an empty array is). */
    public static boolean isValid(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
