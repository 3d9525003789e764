package yoy.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvWriterTest {

    private static String row(java.util.function.Consumer<CsvWriter> cells) throws IOException {
        StringWriter out = new StringWriter();
        CsvWriter csv = new CsvWriter(out);
        cells.accept(csv);
        csv.endRow();
        return out.toString();
    }

    @Test
    void plainCellsAreNotQuotedAndRowsEndWithLineFeed() throws IOException {
        assertEquals("a,b c,\n", row(c -> c.text("a").text("b c").text(null)));
    }

    @Test
    void commasQuotesAndLineBreaksAreQuotedPerRfc4180() throws IOException {
        assertEquals("\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\rhere\"\n",
                row(c -> c.text("a,b").text("say \"hi\"").text("two\nlines").text("cr\rhere")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "=SUM(A1)|'=SUM(A1)",
        "+1|'+1",
        "-2 people|'-2 people",
        "@cmd|'@cmd",
        "ok|ok",
        "a=b|a=b",
    })
    void textThatASpreadsheetWouldRunIsDefused(String in, String expected) throws IOException {
        assertEquals(expected + "\n", row(c -> c.text(in)));
    }

    @Test
    void tabAndCarriageReturnAtTheStartAreDefusedToo() throws IOException {
        assertEquals("'\tx\n", row(c -> c.text("\tx")));
        assertEquals("\"'\rx\"\n", row(c -> c.text("\rx")));
    }

    @Test
    void defusedTextIsStillQuotedWhenNeeded() throws IOException {
        assertEquals("\"'=1,2\"\n", row(c -> c.text("=1,2")));
    }

    @Test
    void numbersStayNumeric() throws IOException {
        assertEquals("10000,1.5,0,,7\n", row(c -> c.number(10000.0, 0).number(1.5, 1).number(0.0, 2).number(null, 0).integer(7)));
    }
}
