package yoy.curation;

import yoy.model.Observation;

/** What an override did to one extracted figure: {@code after} is null when it was rejected. */
public record Decision(Override override, Observation before, Observation after) {
}
