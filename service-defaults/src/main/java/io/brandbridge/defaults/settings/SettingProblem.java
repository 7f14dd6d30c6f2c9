package io.brandbridge.defaults.settings;

/** One wrong setting, said as the operator would fix it: the environment variable, what is wrong, and a hint. */
public record SettingProblem(String variable, String problem, String hint) {

    public String line() {
        return variable + " " + problem + (hint.isBlank() ? "" : ": " + hint);
    }
}
