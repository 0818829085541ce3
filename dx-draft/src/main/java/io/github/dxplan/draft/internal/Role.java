package io.github.dxplan.draft.internal;

/** What a candidate is in the plan. */
public enum Role { POLICY, MEASURE, INITIATIVE, NONE }
