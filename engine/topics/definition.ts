// The shape of a topic definition (engine/topics/<id>.json). Topic knowledge lives in those data files; recognition
// code reads them and has no topic-specific branches.

export interface Citation {
  /** "GDPR", "UK GDPR", "CCPA/CPRA", "COPPA", "CalOPPA", "PIPEDA", "LGPD", "APPI", "APP". */
  regime: string;
  /** Article or section, e.g. "Art. 13(2)(a)". */
  cite: string;
  /** R = must be stated, C = when the practice happens, G = guidance (see reference/requirements.md). */
  status: 'R' | 'C' | 'G';
}

/**
 * A form in which a sentence states the topic: the parts it needs. A topic's statement is recognised by its parts,
 * not by a list of phrasings: for retention, a keeping or deleting act plus a period, a trigger or "indefinitely".
 */
export interface StatementDefinition {
  /** Stable name of the form ("period", "trigger", "channel"). */
  id: string;
  /** What a sentence of this form says, for evidence: "states how long data is kept". */
  says: string;
  /** Parts that must all occur in the sentence itself. */
  sentence: string[];
  /**
   * Parts that must also occur, in the sentence or in its context: the heading of its section, the lead-in sentence
   * of its list ("We keep data as follows:"), the header of its table column.
   */
  context?: string[];
  /** Parts that must not occur in the sentence: their presence makes it another kind of statement. */
  unless?: string[];
  /** The statement covers the topic but too vaguely for the law (e.g. "as long as necessary", no period or criteria). */
  vague?: boolean;
}

export interface TopicDefinition {
  id: string;
  /** The rule that reports it missing, e.g. "missing-retention". */
  rule: string;
  /** Human name: "Data retention". */
  title: string;
  /** One line for rule lists and the config schema ("Reports a policy that does not say how long ..."). */
  description: string;
  /**
   * The missing-* finding's message, in words a non-engineer understands, for the Problems panel: "No <what>: <what to
   * do>." (the part after the colon also ends the message of an empty section titled for the topic). The legal
   * citations are in the hover and on the rule's page, not here.
   */
  message: string;
  /**
   * For topics with `recognition.requires`: the message when a section is titled for the topic but lacks what it
   * requires ("Contact us" with no e-mail address). `{title}` is replaced by the section title.
   */
  incompleteMessage?: string;
  /**
   * For topics with vague statement forms: the rule that reports a topic covered only vaguely, and its message.
   * `{quote}` is replaced by a short quote of the vague sentence.
   */
  vague?: { rule: string; description: string; message: string };
  /** Why the topic is required, in plain language. */
  why: string;
  citations: Citation[];
  /** What a good section states. */
  checklist: string[];
  /**
   * Regex sources are matched case-insensitively against normalised text (engine/text/normalize.ts): curly quotes
   * become straight, dashes become "-", emphasis asterisks vanish and every run of white space becomes one space, so a
   * plain space in a pattern matches any spacing. `%NAME%` in any pattern is replaced by the (non-capturing) source of
   * `defines.NAME`.
   */
  recognition: {
    /** Named sub-patterns shared by the lists below. */
    defines?: Record<string, string>;
    /** Regex sources matched against a section heading's title: a section so titled is about the topic. */
    headings: string[];
    /** Regex sources that veto a heading match ("Business Transfers"). */
    headingNegative: string[];
    /** The parts statements are made of: part name -> regex sources, any of which is the part. */
    parts: Record<string, string[]>;
    /** Regex sources whose matches are blanked out of a sentence before its parts are read (known traps). */
    traps: string[];
    /** The forms of a sentence that states the topic; any one covers it. */
    statements: StatementDefinition[];
    /**
     * Part names of which at least one must occur in a section titled for the topic for the heading to count
     * (contact: a channel). Without it, a titled section with any prose covers the topic.
     */
    requires?: string[];
  };
  /** Where an inserted section goes: before the first section about one of these topics or matching these heading regexes. */
  placement: { beforeTopics: string[]; beforeHeadings: string[] };
  /** The section a quick fix inserts. `body` uses snippet syntax: ${1:label} tab stops. */
  template: { title: string; body: string };
}
