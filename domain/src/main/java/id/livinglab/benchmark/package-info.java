/** Rules of comparison: competition ranks and group statistics (shown from 5 members). */
package id.livinglab.benchmark;
