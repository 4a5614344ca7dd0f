package cn.cadre.appraisal.ballot;

/** One cadre's ballots as the database counts them. */
public record CadreBallotCount(Long cadreId, long ballots, long excellent, long competent, long basic,
                               long incompetent, Double de, Double neng, Double qin, Double ji, Double lian,
                               Double political) {}
