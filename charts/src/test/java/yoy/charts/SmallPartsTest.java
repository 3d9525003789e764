package yoy.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.TreeSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class SmallPartsTest {

    @Test
    void yearListsCompressRuns() {
        assertEquals("2016–2018, 2020, 2023–2024", YearList.format(new TreeSet<>(List.of(2016, 2017, 2018, 2020, 2023, 2024))));
        assertEquals("2019", YearList.format(new TreeSet<>(List.of(2019))));
        assertEquals("", YearList.format(new TreeSet<>()));
    }

    @Test
    void svgClipIdsAreRenumberedInOrderButTextIsLeftAlone() {
        String in = "<clipPath id=\"clip-312\"/><clipPath id=\"clip77\"/><g clip-path=\"url(#clip-312)\">"
                + "<text>clip-312 clip77</text></g><g clip-path=\"url(#clip77)\"/>";
        assertEquals("<clipPath id=\"clip1\"/><clipPath id=\"clip2\"/><g clip-path=\"url(#clip1)\">"
                + "<text>clip-312 clip77</text></g><g clip-path=\"url(#clip2)\"/>", SvgIds.renumber(in));
    }

    @Test
    void notesAreEmptyWhenThereIsNothingToSay() {
        NoteWriter w = new NoteWriter();
        w.measure("A");
        assertEquals("", w.text());
    }

    @Test
    void houseFontIsAFixedFamily() {
        // DejaVu Sans on Debian (fonts-dejavu-core), else the logical SansSerif font
        String family = HouseTheme.FAMILY;
        assertEquals(true, family.equals(HouseTheme.PREFERRED_FAMILY) || family.equals(HouseTheme.FALLBACK_FAMILY));
        assertEquals(family, HouseTheme.titleFont().getName());
    }
}
