package id.livinglab.practice;

import id.livinglab.instansi.Instansi;

/**
 * One practice as the catalogue lists it: the practice, its owner, how fresh its record is, and two
 * counts that the sort and the filter read: adoptions the public sees that are not stopped, and
 * adopters that run it ("digunakan oleh").
 */
public record PracticeCard(
    Practice practice, Instansi owner, Freshness freshness, int adoptions, int usedBy) {}
