package io.brandbridge.defaults.settings;

import java.util.List;
import java.util.stream.Collectors;

/** Start-up stops on these: every wrong setting found, one line each. */
public final class InvalidSettingsException extends RuntimeException {

    private final List<SettingProblem> problems;

    public InvalidSettingsException(List<SettingProblem> problems) {
        super(problems.stream().map(SettingProblem::line).collect(Collectors.joining("\n")), null, false, false);
        this.problems = List.copyOf(problems);
    }

    public List<SettingProblem> problems() {
        return problems;
    }
}
