package io.brandbridge.defaults.schema;

import io.brandbridge.defaults.ids.Ids;
import io.brandbridge.defaults.json.TextRules;
import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SchemaPatternsTest {

    private static final Pattern SINGLE_LINE = Pattern.compile(SchemaPatterns.SINGLE_LINE);
    private static final Pattern MULTILINE = Pattern.compile(SchemaPatterns.MULTILINE);

    @Test
    void everyIssuedIdMatchesTheIdPatternAndLookalikesDoNot() {
        Pattern id = Pattern.compile(SchemaPatterns.ID);
        for (int i = 0; i < 10_000; i++) {
            String issued = Ids.newId("tp");
            assertTrue(id.matcher(issued).matches(), issued);
        }
        assertFalse(id.matcher("tp_k3v9x0q2m8r4t6w1y5z").matches(), "too short");
        assertFalse(id.matcher("tp_k3v9x0q2m8r4t6w1y5zi").matches(), "letter outside the alphabet");
        assertFalse(id.matcher("k3v9x0q2m8r4t6w1y5z7").matches(), "no prefix");
    }

    @Test
    void theTextPatternsAcceptExactlyWhatTheTextRulesAccept() {
        Random random = new Random(42);
        char[] alphabet = {'a', 'Z', ' ', '\t', '\n', '\r', '\u0000', '\u001f', '\u007f', '\u0085', '\u009f', '\u00a0', 'é', '\u2028'};
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(6); n > 0; n--) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String sample = text.toString();
            assertEquals(TextRules.violation(sample, false) == null, SINGLE_LINE.matcher(sample).matches(), () -> "single line: " + escape(sample));
            assertEquals(TextRules.violation(sample, true) == null, MULTILINE.matcher(sample).matches(), () -> "multiline: " + escape(sample));
        }
    }

    private static String escape(String text) {
        return text.chars().mapToObj(c -> String.format("\\u%04x", c)).reduce("", String::concat);
    }
}
