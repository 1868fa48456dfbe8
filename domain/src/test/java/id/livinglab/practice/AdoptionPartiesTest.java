package id.livinglab.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.livinglab.security.Caller;
import id.livinglab.security.Role;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Who acts for which side of Garut's adoption of a Sumedang practice. */
class AdoptionPartiesTest {

  private static Optional<AdoptionParty> of(String instansi, Role... roles) {
    return AdoptionParties.of(new Caller("u", "U", Set.of(roles), instansi), "32.11", "32.05");
  }

  @Test
  void eachCallerActsForItsSideOrNone() {
    assertEquals(Optional.of(AdoptionParty.ADOPTER), of("32.05", Role.KOORDINATOR));
    assertEquals(Optional.of(AdoptionParty.OWNER), of("32.11", Role.KOORDINATOR));
    assertEquals(Optional.of(AdoptionParty.FACILITATOR), of(null, Role.ADMIN));
    // Jawa Barat's coordinator facilitates between two of its kabupaten; Jawa Tengah's does not.
    assertEquals(Optional.of(AdoptionParty.FACILITATOR), of("32", Role.KOORDINATOR));
    assertEquals(Optional.empty(), of("33", Role.KOORDINATOR));
    // An operator moves no stage; another region's coordinator neither.
    assertEquals(Optional.empty(), of("32.05", Role.OPERATOR));
    assertEquals(Optional.empty(), of("32.08", Role.KOORDINATOR));
    assertEquals(Optional.empty(), of(null, Role.ASESOR));
  }

  @Test
  void aCoordinatorOfAnotherInstansiMayExpressInterest() {
    Caller garut = new Caller("g", "G", Set.of(Role.KOORDINATOR), "32.05");
    assertEquals(true, AdoptionParties.mayExpressInterest(garut, "32.11"));
    assertEquals(false, AdoptionParties.mayExpressInterest(garut, "32.05"));
    assertEquals(
        false,
        AdoptionParties.mayExpressInterest(
            new Caller("o", "O", Set.of(Role.OPERATOR), "32.05"), "32.11"));
    assertEquals(false, AdoptionParties.mayExpressInterest(null, "32.11"));
  }
}
