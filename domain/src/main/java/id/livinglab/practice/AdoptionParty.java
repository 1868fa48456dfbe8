package id.livinglab.practice;

/**
 * Who acts on an adoption: the adopting instansi's coordinator, the owner's coordinator, or a
 * facilitator (the national administrator, or the province's coordinator for its kabupaten/kota),
 * who may act for either side and record the history of adoptions made before the platform.
 */
public enum AdoptionParty {
  ADOPTER,
  OWNER,
  FACILITATOR
}
