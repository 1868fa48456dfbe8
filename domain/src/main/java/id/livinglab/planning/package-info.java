/**
 * The improvement planner: which level increases reach a target (a predicate, or an index value)
 * for the least total effort, or the highest index a given effort buys. Plain Java over the scoring
 * engine: the index is scored by {@link id.livinglab.scoring.Scorer} and graded by the year's rule,
 * so a plan reaches its target exactly when the real grading says so. Solved exactly, not greedily
 * (see {@link id.livinglab.planning.Planner}).
 */
package id.livinglab.planning;
