package id.livinglab.web.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.Json;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartJsonTest {

  private static final String HOSTILE = "G</script><script>alert(1)</script>&\u2028\u2029";

  @Test
  void aLabelCannotEndTheScriptItIsWrittenInto() {
    String json =
        ChartJson.bar()
            .labels(List.of(HOSTILE))
            .series(HOSTILE, List.of(BigDecimal.ONE))
            .scale(5)
            .toJson();

    assertFalse(json.contains("<"), json);
    assertFalse(json.contains(">"), json);
    assertFalse(json.contains("&"), json);
    assertFalse(json.contains("\u2028"), json);
    assertFalse(json.contains("\u2029"), json);
  }

  @Test
  void theChartStillReadsTheLabelAsGiven() {
    String json = ChartJson.line().labels(List.of(HOSTILE)).toJson();

    String label =
        Json.createReader(new StringReader(json))
            .readObject()
            .getJsonObject("data")
            .getJsonArray("labels")
            .getString(0);
    assertEquals(HOSTILE, label);
  }
}
