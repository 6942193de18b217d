package org.copydesk.fetch;

import java.util.IllformedLocaleException;
import java.util.Locale;

/** Language codes as feeds and pages give them ("en-us", "en_GB", "EN") to BCP-47 tags ("en-US"). */
public final class LanguageTags {
    private LanguageTags() {
    }

    /** The BCP-47 tag, or null for nothing, "und" or something that is not a language code. */
    public static String normalize(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.strip().replace('_', '-');
        if (s.isEmpty() || !s.matches("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*")) {
            return null;
        }
        try {
            String tag = new Locale.Builder().setLanguageTag(s).build().toLanguageTag();
            return tag.equals("und") ? null : tag;
        } catch (IllformedLocaleException e) {
            return null;
        }
    }
}
