/** A question mark, then only closing quotes, brackets and white space to the end. */
const QUESTION = /\?["'”’)\]\s]*$/;

/** Whether a text (a sentence, a quote's content) ends as a question: `?`, possibly followed by closing quotes or brackets. */
export const isQuestion = (text: string): boolean => QUESTION.test(text);
