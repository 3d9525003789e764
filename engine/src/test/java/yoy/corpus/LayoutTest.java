package yoy.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LayoutTest {

    private static final Layout BOOK = new Layout(new int[] {0, 100, 250, 400},
            new int[] {0, 120, 300, 500}, new String[] {"p. 1", "p. 2", "p. 3", "p. 4"});

    @Test
    void locationIsTheLastStartAtOrBefore() {
        assertEquals("p. 1", BOOK.locationAt(119));
        assertEquals("p. 2", BOOK.locationAt(120));
        assertEquals("p. 4", BOOK.locationAt(10_000));
        assertEquals("", new Layout(new int[0], new int[] {5}, new String[] {"p. 1"}).locationAt(4));
    }

    @Test
    void aSliceKeepsItsHeadingsAndPagesFromItsOwnStart() {
        Layout chapter = BOOK.slice(250, 400);
        assertTrue(chapter.headingAt(0));
        assertFalse(chapter.headingAt(150), "the next chapter's heading is not the slice's");
        assertEquals("p. 2", chapter.locationAt(0), "a chapter that starts mid-page opens on that page");
        assertEquals("p. 2", chapter.locationAt(49));
        assertEquals("p. 3", chapter.locationAt(50));
        assertEquals("p. 3", chapter.locationAt(149));
        Layout atPage = BOOK.slice(300, 500);
        assertEquals("p. 3", atPage.locationAt(0));
        assertEquals(1, atPage.headingStarts().length);
    }
}
