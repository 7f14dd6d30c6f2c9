package io.brandbridge.alignment.scoring;

import java.util.Locale;

/**
 * Puts a gap in words a person can act on, e.g. "At Manila contact centre, 1,204 customers were let down on “Answered
 * within a minute” (answer_time), 412.5 beyond the error budget of 791.5: 87.6% kept against an objective of 95%".
 */
public final class GapWording {

    private GapWording() {
    }

    public static String sentence(String touchpointName, String promiseTitle, String commitmentKey, long brokenPromises,
                                  double excessBroken, double allowedBad, double attainment, double objective) {
        return "At " + touchpointName + ", " + String.format(Locale.ROOT, "%,d", brokenPromises)
                + (brokenPromises == 1 ? " customer was" : " customers were") + " let down on “" + promiseTitle + "” ("
                + commitmentKey + "), " + oneDecimal(excessBroken) + " beyond the error budget of " + oneDecimal(allowedBad)
                + ": " + percent(attainment) + " kept against an objective of " + percent(objective);
    }

    private static String oneDecimal(double value) {
        return String.format(Locale.ROOT, "%,.1f", value);
    }

    /** A share as a percentage with one decimal at most: an objective of 0.95 reads 95%, not 95.0%. */
    private static String percent(double share) {
        String text = String.format(Locale.ROOT, "%.1f", share * 100);
        return (text.endsWith(".0") ? text.substring(0, text.length() - 2) : text) + "%";
    }
}
