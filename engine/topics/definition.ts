// The shape of a topic lexicon (engine/topics/<id>.json). Topic knowledge lives in those data files;
// recognition code reads them and has no topic-specific branches.

export interface Citation {
  /** "GDPR", "UK GDPR", "CCPA/CPRA", "COPPA", "CalOPPA", "PIPEDA", "LGPD", "APPI", "APP". */
  regime: string;
  /** Article or section, e.g. "Art. 13(2)(a)". */
  cite: string;
  /** R = must be stated, C = when the practice happens, G = guidance (see reference/requirements.md). */
  status: 'R' | 'C' | 'G';
}

export interface TopicDefinition {
  id: string;
  /** The rule that reports it missing, e.g. "missing-retention". */
  rule: string;
  /** Human name: "Data retention". */
  title: string;
  /** One line for rule lists and the config schema ("Reports a policy that does not say how long ..."). */
  description: string;
  /** The missing-* finding's message, in words a non-engineer understands, with the main legal citations. */
  message: string;
  /**
   * For topics with `recognition.requires`: the message when a section is titled for the topic but lacks what it
   * requires ("Contact us" with no e-mail address). `{title}` is replaced by the section title.
   */
  incompleteMessage?: string;
  /** Why the topic is required, in plain language. */
  why: string;
  citations: Citation[];
  /** What a good section states. */
  checklist: string[];
  /**
   * Regex sources are matched case-insensitively against normalised text: curly quotes become straight, dashes
   * become "-", and every run of white space becomes one space, so a plain space in a pattern matches any spacing.
   * `%NAME%` in any pattern is replaced by the (non-capturing) source of `defines.NAME`.
   */
  recognition: {
    /** Named sub-patterns shared by the lists below ("CHANNEL": e-mail address, URL, phone...). */
    defines?: Record<string, string>;
    /** Regex sources (case-insensitive) matched against a section heading's title. */
    headings: string[];
    /** Regex sources that veto a heading match ("Business Transfers"). */
    headingNegative: string[];
    /** Regex sources: a match in body text covers the topic. */
    strong: string[];
    /** Regex sources: weak signals; `weakNeeded` distinct ones within three consecutive blocks of one section cover the topic. */
    weak: string[];
    weakNeeded: number;
    /** Regex sources whose matches are removed from text before strong/weak matching ("Business Contact Information"). */
    negative: string[];
    /** Regex sources of which at least one must occur in the section for a heading match to count (e.g. a contact channel). */
    requires?: string[];
  };
  /** Where an inserted section goes: before the first section about one of these topics or matching these heading regexes. */
  placement: { beforeTopics: string[]; beforeHeadings: string[] };
  /** The section a quick fix inserts. `body` uses snippet syntax: ${1:label} tab stops. */
  template: { title: string; body: string };
}
