package io.brandbridge.alignment.clients;

import io.brandbridge.alignment.scoring.TouchpointType;

import java.util.Arrays;
import java.util.List;

/** The enumeration names the other services' contracts allow; an answer with any other is not used. */
public final class ContractNames {

    public static final List<String> COMPARISONS = List.of("LT", "LE", "GT", "GE", "EQ");
    public static final List<String> WINDOW_TYPES = List.of("ROLLING_DAYS", "CALENDAR_WEEK", "CALENDAR_MONTH");
    public static final List<String> TOUCHPOINT_TYPES = Arrays.stream(TouchpointType.values()).map(Enum::name).toList();
    public static final List<String> PROMISE_STATUSES = List.of("DRAFT", "ACTIVE", "RETIRED");
    public static final List<String> TARGET_KINDS = List.of("COST", "SERVICE");

    private ContractNames() {
    }
}
