package yoy.indicators;

import java.util.Locale;

/**
 * Which year a figure belongs to when its own clause names none. {@code REPORT}: the year the
 * document covers. {@code EVENT}: the year of an episode the paragraph refers to ("the January 2022
 * events"), for counts of things that happened during that episode, such as deaths.
 */
public enum YearAnchor {
    REPORT, EVENT;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
