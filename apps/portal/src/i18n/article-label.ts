import { formatArticleZh } from '@sme/domain';

/** An article of the measures as the page's language cites it: 第五条第（一）项 in Chinese,
 * Art. 5(1) in English (the API names articles in the English form). */
export function articleLabel(article: string, language: string): string {
  return language.startsWith('en') ? article : formatArticleZh(article);
}

/** A refusal's message with its article, unless the message already names it. */
export function withArticle(message: string, article: string, language: string): string {
  const label = articleLabel(article, language);
  if (message.includes(label)) return message;
  return language.startsWith('en') ? `${message} (${label})` : `${message}（${label}）`;
}
