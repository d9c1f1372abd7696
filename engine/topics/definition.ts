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
  /**
   * The statement covers a requirement by saying the practice does not happen ("we have not appointed a DPO", "we do
   * not sell personal information"): what a conditional requirement accepts as an answer.
   */
  denies?: boolean;
  /**
   * The form counts only when the document also covers this other topic: "contact us to exercise your rights" is a way
   * to make a request when the policy gives a contact channel somewhere. The topic must be checked too (in the same
   * profiles).
   */
  needsTopic?: string;
}

export interface TopicDefinition {
  /** Stable id: a core topic ("retention") or a requirement of a jurisdiction profile ("gdpr/legal-basis"). */
  id: string;
  /**
   * Other ids the requirement answers to: a regime's own name for a requirement several regimes ask for
   * ("gdpr/right-erasure" and "ccpa/right-to-delete" for `right-erasure`). Accepted wherever an id is (config,
   * inline comments) and used by the labelled corpus (docs/labelling.md).
   */
  aliases?: string[];
  /** The rule that reports it missing, e.g. "missing-retention". */
  rule: string;
  /** Human name: "Data retention". */
  title: string;
  /** One line for rule lists and the config schema ("Reports a policy that does not say how long ..."). */
  description: string;
  /**
   * The missing-* finding's message, in words a non-engineer understands, for the Problems panel. A core topic's reads
   * "No <what>: <what to do>." (the part after the colon also ends the message of an empty section titled for the
   * topic) and leaves the citations to the hover and the rule's page; a profile requirement's may cite with `{cites}`,
   * replaced by the citations of the regimes whose profiles are active ("GDPR Art. 13(1)(c); UK GDPR Art. 13(1)(c)").
   */
  message: string;
  /**
   * For a requirement that some regime asks for only when the practice happens (status C): the message when the
   * policy does not say whether it happens, "not stated — say whether it applies" rather than a breach. `{cites}` as
   * in `message`.
   */
  conditionalMessage?: string;
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
   * become straight, dashes become "-", emphasis asterisks and Markdown's escaping backslashes vanish and every run of
   * white space becomes one space, so a plain space in a pattern matches any spacing. `%NAME%` in any pattern is replaced by the (non-capturing) source of
   * `defines.NAME`.
   */
  recognition: {
    /** Named sub-patterns shared by the lists below. */
    defines?: Record<string, string>;
    /** Regex sources matched against a section heading's title: a section so titled is about the topic. */
    headings: string[];
    /**
     * Regex sources matched against a section heading's title that ask a question the section may answer off the
     * topic ("Where is my data stored?" answered "on your device"): a section so titled is read as about the topic — it
     * supplies every context part to its sentences, and covers the topic when empty in a skeleton draft — but does not
     * cover it by its title alone; a sentence in it must state the topic.
     */
    contextHeadings?: string[];
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
    /**
     * Part names that, in a sentence under a title that names the topic, show that the section answers off the topic
     * ("All data stays on your device" under "Retention": stored locally, nothing about how long). The title then does
     * not cover the topic by itself; a sentence of the section still may (one that states a period or a trigger).
     */
    headingUnless?: string[];
    /**
     * Section titles are read as sentences too: a title can state the requirement by itself ("Last updated: 3 March
     * 2024" set as a heading). Statement forms then apply to it, with the titles of its enclosing sections as context.
     */
    titlesState?: boolean;
    /**
     * Front-matter entries are read as lines of the page too (a site generator renders them: "effectiveDate: 'April 20,
     * 2024'", "subtitle: Last updated 3 March 2024"), the key in words. Statement forms that need no context apply.
     */
    frontMatterStates?: boolean;
    /**
     * Parts matched with case ("operated by" followed by a Name). Every other pattern ignores case. In the anchor scan
     * they ignore case too (a superset of the candidates); the part itself is checked with case.
     */
    caseSensitive?: string[];
    /**
     * A requirement that applies only when the document shows the practice (GDPR legitimate interests: only when
     * they are relied on). When no sentence has one of these forms (and no section is titled for the requirement),
     * the requirement is not applicable, for the reason `otherwise`. `example` is a sentence that shows the practice
     * (the documentation's example policy, which must make the requirement apply).
     */
    appliesWhen?: { statements: StatementDefinition[]; example: string; otherwise: string };
  };
  /** Where an inserted section goes: before the first section about one of these topics or matching these heading regexes. */
  placement: { beforeTopics: string[]; beforeHeadings: string[] };
  /** The section a quick fix inserts. `body` uses snippet syntax: ${1:label} tab stops. */
  template: { title: string; body: string };
}
