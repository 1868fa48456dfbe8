/**
 * The evaluation cycle (PermenPANRB 59/2020 and 8/2026): periods and their stages, one assessment
 * per instansi and period, the self and external answer to each indicator, evidence files, the
 * assessors' verdicts, and the access rules that say who may do what at which stage.
 */
package id.livinglab.assessment;
