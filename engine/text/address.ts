/** An e-mail address or a web address somewhere in a text: what makes a bold line or a heading content, not a title. */
export const HOLDS_ADDRESS = /[^\s@<>()[\]]@[^\s@<>()[\]]+\.[a-z]{2,}|\bhttps?:\/\/|\bwww\./i;
