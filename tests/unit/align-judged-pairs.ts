/**
 * Judged pairs for the built-in ladder, written by reading the texts (not by
 * running the aligner): for each compared pair of levels and each section,
 * which lower-level expectation is the same expectation grown at the higher
 * level. Texts are named by a unique opening of their words.
 *
 * - must: a reader would expect these two set against each other.
 * - may: defensible either way; neither rewarded nor counted as a mistake.
 * - mustNot: tempting (shared words) but a different expectation. Every pair
 *   made that is in neither `must` nor `may` counts against precision too.
 */

export type Pair = readonly [from: string, to: string];

export interface Judgement {
  from: string;
  to: string;
  section: string;
  must: Pair[];
  may?: Pair[];
  mustNot?: Pair[];
}

export const judgements: Judgement[] = [
  // --- Engineering Manager -> Senior Engineering Manager ---------------------
  {
    from: "em", to: "senior-em", section: "leadership",
    must: [
      ["Ability to lead a small team", "Ability to lead multiple teams"],
      ["Conflict resolution abilities", "Ability to manage complex team dynamics"],
    ],
    may: [
      ["Basic understanding of management", "Strong people management"],
      ["Coaching and mentoring", "Strong people management"],
    ],
    mustNot: [["Technical credibility", "Delegation skills"]],
  },
  {
    from: "em", to: "senior-em", section: "scope",
    must: [
      ["Responsible for a single team", "Responsible for multiple teams"],
      ["Manages delivery of features", "Manages delivery of significant"],
      ["Plans team-level roadmaps", "Creates medium-term roadmaps"],
      ["Handles resource allocation", "Balances resources"],
    ],
  },
  {
    from: "em", to: "senior-em", section: "autonomy",
    must: [
      ["Makes tactical decisions", "Makes decisions that impact multiple"],
      ["Operates within established", "Adapts engineering processes"],
      ["Contributes to hiring decisions", "Makes hiring decisions"],
    ],
    may: [["Implements organizational goals", "Contributes to departmental strategy"]],
    mustNot: [
      ["Contributes to hiring decisions", "Contributes to departmental strategy"],
      ["Sets priorities for team-level", "Sets team structure"],
    ],
  },
  {
    from: "em", to: "senior-em", section: "impact",
    must: [
      ["Impact primarily contained", "Impact extends to multiple"],
      ["Communicates technical progress", "Communicates engineering constraints"],
      ["Creates alignment within the team", "Creates alignment across teams"],
    ],
    may: [["Represents team needs", "Manages expectations with senior"]],
  },
  {
    from: "em", to: "senior-em", section: "growth",
    must: [
      ["Consistent delivery", "Successful delivery of complex"],
      ["Improved team health", "Improved productivity"],
    ],
    may: [
      ["Effective handling of performance", "Effective management of team transitions"],
      ["Growth in team's technical", "Improved productivity"],
      ["Growth in team's technical", "Development of multiple direct reports"],
    ],
    mustNot: [["Successful recruitment", "Successful delivery of complex"]],
  },

  // --- Senior Engineering Manager -> Director --------------------------------
  {
    from: "senior-em", to: "director", section: "leadership",
    must: [["Ability to lead multiple teams", "Ability to lead a department"]],
    may: [
      ["Strategic thinking beyond", "Vision-setting"],
      ["Ability to manage complex team dynamics", "Ability to build and evolve"],
      ["Ability to manage complex team dynamics", "Change management"],
    ],
    mustNot: [
      ["Strong people management", "Executive communication"],
      ["Delegation skills", "Executive communication"],
    ],
  },
  {
    from: "senior-em", to: "director", section: "scope",
    must: [
      ["Responsible for multiple teams", "Responsible for an entire"],
      ["Manages delivery of significant", "Manages delivery of major"],
      ["Coordinates dependencies", "Coordinates across engineering"],
      ["Creates medium-term roadmaps", "Creates long-term strategic roadmaps"],
      ["Balances resources", "Manages significant engineering budget"],
    ],
    mustNot: [["Manages delivery of significant", "Manages significant engineering budget"]],
  },
  {
    from: "senior-em", to: "director", section: "autonomy",
    must: [
      ["Makes decisions that impact multiple", "Makes decisions that impact the entire"],
      ["Adapts engineering processes", "Establishes engineering processes"],
      ["Contributes to departmental strategy", "Develops departmental strategy"],
      ["Makes hiring decisions", "Sets hiring plans"],
      ["Sets team structure", "Makes organizational design"],
    ],
    mustNot: [["Makes hiring decisions", "Makes organizational design"]],
  },
  {
    from: "senior-em", to: "director", section: "impact",
    must: [
      ["Impact extends to multiple", "Impact extends to entire"],
      ["Influences product strategy", "Shapes product and technology"],
      ["Communicates engineering constraints", "Communicates engineering vision"],
      ["Creates alignment across teams", "Creates alignment between engineering"],
    ],
    may: [["Manages expectations with senior", "Represents engineering"]],
  },
  {
    from: "senior-em", to: "director", section: "growth",
    must: [
      ["Successful delivery of complex", "Delivery of organization-wide"],
      ["Development of multiple direct reports", "Development of senior engineering managers"],
      ["Improved productivity", "Improved engineering effectiveness"],
      ["Creation of sustainable engineering practices", "Creation of sustainable technical"],
      ["Effective management of team transitions", "Successful navigation of major organizational"],
    ],
  },

  // --- Director -> VP of Engineering ----------------------------------------
  {
    from: "director", to: "vp", section: "leadership",
    must: [
      ["Ability to lead a department", "Ability to lead an entire"],
      ["Executive communication", "Executive presence"],
    ],
    may: [
      ["Vision-setting", "Strategic leadership"],
      ["Change management expertise", "Organizational design expertise"],
    ],
  },
  {
    from: "director", to: "vp", section: "scope",
    must: [
      ["Responsible for an entire", "Responsible for all"],
      ["Manages delivery of major", "Manages delivery of the entire"],
      ["Coordinates across engineering", "Coordinates across all"],
      ["Creates long-term strategic roadmaps", "Creates multi-year strategic roadmaps"],
      ["Manages significant engineering budget", "Manages entire engineering budget"],
    ],
    mustNot: [["Responsible for an entire", "Coordinates across all"]],
  },
  {
    from: "director", to: "vp", section: "autonomy",
    must: [
      ["Makes decisions that impact the entire engineering", "Makes decisions that impact the entire company"],
      ["Develops departmental strategy", "Contributes to company strategy"],
      ["Makes organizational design", "Sets organizational structure"],
    ],
    may: [["Establishes engineering processes", "Establishes engineering culture"]],
    mustNot: [
      ["Makes organizational design", "Makes decisions on major technology"],
      ["Sets hiring plans", "Sets organizational structure"],
    ],
  },
  {
    from: "director", to: "vp", section: "impact",
    must: [
      ["Impact extends", "Impact extends"],
      ["Shapes product and technology", "Shapes company strategy"],
      ["Communicates engineering vision", "Communicates engineering capabilities"],
      ["Creates alignment", "Creates alignment"],
      ["Represents engineering", "Represents the company"],
    ],
  },
  {
    from: "director", to: "vp", section: "growth",
    must: [
      ["Delivery of organization-wide", "Delivery of company-defining"],
      ["Development of senior engineering managers", "Development of engineering leadership"],
      ["Successful navigation", "Successful navigation"],
    ],
    may: [
      ["Creation of sustainable technical", "Creation of technology advantage"],
      ["Improved engineering effectiveness", "Building an engineering organization"],
    ],
  },

  // --- VP of Engineering -> CTO ---------------------------------------------
  {
    from: "vp", to: "cto", section: "leadership",
    must: [
      ["Ability to lead an entire", "Ability to lead technology vision"],
      ["Strategic leadership connecting", "Strategic thinking connecting"],
      ["Executive presence", "Executive leadership"],
    ],
  },
  {
    from: "vp", to: "cto", section: "scope",
    must: [
      ["Responsible for all", "Responsible for overall"],
      ["Coordinates across all", "Coordinates technology vision"],
      ["Creates multi-year strategic roadmaps", "Creates 5+ year"],
    ],
    may: [["Manages delivery of the entire", "Manages evaluation"]],
    mustNot: [["Responsible for all", "Coordinates technology vision"]],
  },
  {
    from: "vp", to: "cto", section: "autonomy",
    must: [
      ["Makes decisions that impact", "Makes decisions that impact"],
      ["Establishes engineering culture", "Establishes technical vision"],
      ["Contributes to company strategy", "Participates in board-level"],
      ["Makes decisions on major technology", "Makes decisions on build"],
    ],
    may: [["Sets organizational structure", "Sets direction"]],
    mustNot: [["Makes decisions on major technology", "Sets direction for major technology"]],
  },
  {
    from: "vp", to: "cto", section: "impact",
    must: [
      ["Impact extends", "Impact extends"],
      ["Shapes company strategy", "Shapes company strategy"],
      ["Communicates", "Communicates"],
      ["Creates alignment", "Creates alignment"],
      ["Represents", "Represents"],
    ],
  },
  {
    from: "vp", to: "cto", section: "growth",
    must: [
      ["Creation of technology advantage", "Creation of sustainable technology"],
      ["Development of engineering leadership", "Development of executive"],
      ["Successful navigation", "Successful navigation"],
      ["Building an engineering organization", "Enabling company growth"],
    ],
  },

  // --- Two levels apart ------------------------------------------------------
  {
    from: "em", to: "director", section: "leadership",
    must: [["Ability to lead a small team", "Ability to lead a department"]],
  },
  {
    from: "em", to: "director", section: "scope",
    must: [
      ["Responsible for a single team", "Responsible for an entire"],
      ["Manages delivery of features", "Manages delivery of major"],
      ["Plans team-level roadmaps", "Creates long-term strategic roadmaps"],
      ["Handles resource allocation", "Manages significant engineering budget"],
    ],
  },
  {
    from: "em", to: "director", section: "autonomy",
    must: [
      ["Makes tactical decisions", "Makes decisions that impact the entire"],
      ["Operates within established", "Establishes engineering processes"],
      ["Contributes to hiring decisions", "Sets hiring plans"],
    ],
    may: [["Implements organizational goals", "Develops departmental strategy"]],
    mustNot: [
      ["Makes tactical decisions", "Makes organizational design"],
      ["Implements organizational goals", "Makes organizational design"],
    ],
  },
  {
    from: "em", to: "director", section: "impact",
    must: [
      ["Impact primarily contained", "Impact extends"],
      ["Communicates technical progress", "Communicates engineering vision"],
      ["Creates alignment within", "Creates alignment between"],
    ],
    may: [["Represents team needs", "Represents engineering"]],
  },
  {
    from: "em", to: "director", section: "growth",
    must: [["Consistent delivery", "Delivery of organization-wide"]],
    may: [
      ["Improved team health", "Improved engineering effectiveness"],
      ["Growth in team's technical", "Improved engineering effectiveness"],
    ],
    mustNot: [["Successful recruitment", "Successful navigation"]],
  },
  {
    from: "senior-em", to: "vp", section: "leadership",
    must: [["Ability to lead multiple teams", "Ability to lead an entire"]],
    may: [
      ["Strategic thinking beyond", "Strategic leadership"],
      ["Ability to manage complex team dynamics", "Ability to navigate complex"],
    ],
  },
  {
    from: "senior-em", to: "vp", section: "scope",
    must: [
      ["Responsible for multiple teams", "Responsible for all"],
      ["Manages delivery of significant", "Manages delivery of the entire"],
      ["Coordinates dependencies", "Coordinates across all"],
      ["Creates medium-term roadmaps", "Creates multi-year strategic roadmaps"],
      ["Balances resources", "Manages entire engineering budget"],
    ],
  },
  {
    from: "senior-em", to: "vp", section: "autonomy",
    must: [
      ["Makes decisions that impact multiple", "Makes decisions that impact the entire company"],
      ["Contributes to departmental strategy", "Contributes to company strategy"],
      ["Sets team structure", "Sets organizational structure"],
    ],
    may: [["Adapts engineering processes", "Establishes engineering culture"]],
    mustNot: [
      ["Makes hiring decisions", "Makes decisions that impact the entire company"],
      ["Makes hiring decisions", "Makes decisions on major technology"],
    ],
  },
  {
    from: "senior-em", to: "vp", section: "impact",
    must: [
      ["Impact extends", "Impact extends"],
      ["Communicates engineering constraints", "Communicates engineering capabilities"],
      ["Creates alignment", "Creates alignment"],
    ],
    may: [
      ["Influences product strategy", "Shapes company strategy"],
      ["Manages expectations with senior", "Represents the company"],
    ],
  },
  {
    from: "senior-em", to: "vp", section: "growth",
    must: [
      ["Successful delivery of complex", "Delivery of company-defining"],
      ["Development of multiple direct reports", "Development of engineering leadership"],
      ["Effective management of team transitions", "Successful navigation of company-level transitions"],
    ],
    may: [["Creation of sustainable engineering practices", "Creation of technology advantage"]],
  },
  {
    from: "director", to: "cto", section: "leadership",
    must: [],
    may: [
      ["Ability to lead a department", "Ability to lead technology vision"],
      ["Vision-setting", "Ability to lead technology vision"],
      ["Executive communication", "Executive leadership"],
    ],
  },
  {
    from: "director", to: "cto", section: "scope",
    must: [
      ["Responsible for an entire", "Responsible for overall"],
      ["Coordinates across engineering", "Coordinates technology vision"],
      ["Creates long-term strategic roadmaps", "Creates 5+ year"],
    ],
    may: [["Manages delivery of major", "Manages evaluation"]],
  },
  {
    from: "director", to: "cto", section: "autonomy",
    must: [
      ["Makes decisions that impact", "Makes decisions that impact"],
      ["Develops departmental strategy", "Participates in board-level"],
    ],
    may: [["Establishes engineering processes", "Establishes technical vision"]],
    mustNot: [["Makes organizational design", "Makes decisions on build"]],
  },
  {
    from: "director", to: "cto", section: "impact",
    must: [
      ["Impact extends", "Impact extends"],
      ["Shapes product and technology", "Shapes company strategy"],
      ["Communicates", "Communicates"],
      ["Creates alignment", "Creates alignment"],
      ["Represents", "Represents"],
    ],
  },
  {
    from: "director", to: "cto", section: "growth",
    must: [
      ["Creation of sustainable technical", "Creation of sustainable technology"],
      ["Development of senior engineering managers", "Development of executive"],
      ["Successful navigation", "Successful navigation"],
    ],
  },
];
