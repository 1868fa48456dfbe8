package id.livinglab.api.instansi;

import id.livinglab.instansi.Instansi;
import java.util.Locale;

/**
 * An instansi of the register as the API shows it; a body no longer in the register is {@code
 * historic}, with the years it was scored and what became of it (as reported).
 */
public record InstansiJson(
    String code,
    String name,
    String kind,
    String provinceCode,
    String provinceName,
    boolean historic,
    String historicYears,
    String fate) {

  static InstansiJson of(Instansi i) {
    return new InstansiJson(
        i.getCode(),
        i.getName(),
        i.getKind().name().toLowerCase(Locale.ROOT),
        i.getProvince() == null ? null : i.getProvince().getCode(),
        i.getProvince() == null ? null : i.getProvince().getName(),
        i.isHistoric(),
        i.getHistoricYears(),
        i.getFate());
  }
}
