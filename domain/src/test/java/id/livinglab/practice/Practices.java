package id.livinglab.practice;

import id.livinglab.security.Caller;
import id.livinglab.security.Role;
import java.lang.reflect.Field;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/** Test fixtures: Sumedang's e-Office and callers of the regions around it. */
final class Practices {

  static final LocalDateTime AT = LocalDateTime.of(2026, 3, 1, 9, 0);

  private Practices() {}

  static Practice eOffice() {
    Practice p =
        new Practice(
            "sumedang-e-office",
            "32.11",
            new PracticeDetails(
                "Super Aplikasi e-Office",
                Set.of(PracticeCategory.G2E, PracticeCategory.G2G),
                "Satu aplikasi untuk naskah dinas.",
                null,
                "Surat menyurat lambat.",
                null,
                null,
                null,
                Maturity.PENERAPAN,
                PracticeStatus.BERJALAN,
                2019,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of("https://example.org/a")),
            "sumedang.koordinator",
            AT);
    withId(p, 100L);
    return p;
  }

  static Caller caller(String instansi, Role... roles) {
    return new Caller("u", "U", Set.of(roles), instansi);
  }

  /** JPA assigns ids; a unit test sets them as the database would. */
  static <T> T withId(T entity, long id) {
    try {
      Field f = entity.getClass().getDeclaredField("id");
      f.setAccessible(true);
      f.set(entity, id);
      return entity;
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}
