package id.livinglab.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.livinglab.instansi.InstansiKind;
import org.junit.jupiter.api.Test;

/** A group written in an address and on a portrait, read back the same. */
class GroupRefTest {

  @Test
  void everyGroupReadsBackFromItsAddress() {
    for (GroupRef ref :
        new GroupRef[] {
          GroupRef.province("32"),
          GroupRef.kind(InstansiKind.KABUPATEN),
          GroupRef.peerGroup("livinglab-jabar-2023")
        }) {
      assertEquals(ref, GroupRef.parse(ref.id()));
    }
    assertEquals("province:32", GroupRef.province("32").id());
    assertEquals("kind:kabupaten", GroupRef.kind(InstansiKind.KABUPATEN).id());
    assertEquals(InstansiKind.KOTA, GroupRef.parse("kind:kota").instansiKind());
    assertThrows(IllegalArgumentException.class, () -> GroupRef.parse("kind:desa").instansiKind());
  }

  @Test
  void aPortraitNamesItsReferencesAsTheApiAlwaysDid() {
    assertEquals("national", GroupRef.national().referenceKey());
    assertEquals("province", GroupRef.province("32").referenceKey());
    assertEquals("kind", GroupRef.kind(InstansiKind.KOTA).referenceKey());
    assertEquals("group:x", GroupRef.peerGroup("x").referenceKey());
  }
}
