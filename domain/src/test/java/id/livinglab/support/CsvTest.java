package id.livinglab.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

  @Test
  void readsQuotedCommasQuotesAndLineBreaksAndKeepsLineNumbers() throws Exception {
    String text =
        "code,name\r\nP-001,\"Kementerian A, B\"\n32.11,\"Kab. \"\"Sumedang\"\"\nbaris dua\"\n32.05,Garut\n";

    List<Csv.Row> rows = Csv.read(new StringReader(text));

    assertEquals(3, rows.size());
    assertEquals("Kementerian A, B", rows.get(0).get("name"));
    assertEquals("Kab. \"Sumedang\"\nbaris dua", rows.get(1).get("name"));
    assertEquals(2, rows.get(0).line());
    assertEquals(3, rows.get(1).line());
    assertEquals(5, rows.get(2).line());
    assertEquals("32.05", rows.get(2).get("code"));
  }

  @Test
  void codesStayStrings() throws Exception {
    List<Csv.Row> rows = Csv.read(new StringReader("code\n32.10\n"));

    assertEquals("32.10", rows.get(0).get("code"));
  }

  @Test
  void unclosedQuoteIsMalformedAndNamesItsLine() {
    Csv.MalformedCsvException e =
        assertThrows(
            Csv.MalformedCsvException.class,
            () -> Csv.read(new StringReader("a,b\n1,2\n3,\"open\n")));

    assertEquals(3, e.line());
  }

  @Test
  void moreCellsThanHeaderIsMalformed() {
    assertThrows(Csv.MalformedCsvException.class, () -> Csv.read(new StringReader("a,b\n1,2,3\n")));
  }
}
