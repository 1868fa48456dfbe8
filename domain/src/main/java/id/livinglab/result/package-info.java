/**
 * Official results: published per instansi and year with where they come from (source, reliability,
 * how the instansi took part) and, where known, the indicator levels behind them; the national
 * series; the rules of an import file.
 */
package id.livinglab.result;
