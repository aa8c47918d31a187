import type { Messages } from './en';

/**
 * Bulgarian texts for ConsentKit's banner. Load it only for visitors who need it: the `bg`
 * export (also the default) of the `@consentkit/banner/i18n/bg` subpath, passed as
 * `mountBanner(consent, { texts: { 'bg': bg } })`. The script-tag build ships it as
 * `i18n/bg.json` and fetches it only for visitors who read Bulgarian.
 * Formal register (Вие). Terms as the Commission for Personal Data Protection uses them: съгласие, оттегляне на съгласието, бисквитки, лични данни.
 * Reviewer's glossary: docs/i18n.md.
 */
export const bg: Messages = {
  'banner.title': 'Вашата поверителност',
  'banner.description':
    'С Вашето съгласие използваме бисквитки за статистика и реклама. Ако откажете или затворите това съобщение, се използват само необходимите бисквитки. Можете да промените избора си по всяко време.',
  'banner.policy': 'Политика за поверителност',
  'banner.acceptAll': 'Приемане на всички',
  'banner.rejectAll': 'Отказ на всички',
  'banner.preferences': 'Настройки',
  'banner.close': 'Затваряне',
  'notice.description': 'Използваме бисквитки за статистика и реклама. Можете да ги изключите от Настройки.',
  'preferences.title': 'Настройки за поверителност',
  'preferences.description': 'Изберете кои бисквитки можем да използваме. Необходимите бисквитки са винаги включени.',
  'preferences.save': 'Запазване',
  'preferences.cookies': 'Бисквитки',
  'preferences.gpcConflict': 'Така за този сайт отменяте своя сигнал Global Privacy Control.',
  'category.necessary.label': 'Необходими',
  'category.necessary.description': 'Нужни за работата на сайта и за запомняне на Вашия избор.',
  'category.analytics.label': 'Статистика',
  'category.analytics.description': 'Статистика за използването на сайта.',
  'category.targeting.label': 'Реклама',
  'category.targeting.description': 'Персонализирана реклама и продажба или споделяне на лична информация с рекламни партньори.',
  'optOut.title': 'Вашите избори за поверителност',
  'optOut.description': 'Споделяме данни с рекламни партньори за персонализирана реклама. Можете да възразите по всяко време.',
  'optOut.link': 'Не продавайте и не споделяйте личната ми информация (Do Not Sell or Share My Personal Information)',
  'optOut.confirmText': 'Възразявате ли срещу продажбата и споделянето на Вашата лична информация?',
  'optOut.confirm': 'Потвърждаване',
  'optOut.cancel': 'Отказ',
  'optOut.honored': 'Искането за възражение е изпълнено (Opt-Out Request Honored)',
  'floating.label': 'Настройки за поверителност',
  'preferences.saved': 'Изборът Ви е запазен.',
  'placeholder.text': '„{title}“ се предоставя от трета страна и изисква Вашето съгласие за: {category}.',
  'placeholder.untitled': 'Това съдържание',
  'placeholder.allow': 'Разрешаване: {category}',
  'cookieTable.caption': 'Бисквитки, използвани на този сайт',
  'cookieTable.name': 'Име',
  'cookieTable.provider': 'Доставчик',
  'cookieTable.purpose': 'Цел',
  'cookieTable.duration': 'Срок',
  'cookieTable.category': 'Категория',
  'cookieTable.session': 'Сесия',
  'cookieTable.days': '{count, plural, =1 {# ден} other {# дни}}',
  'cookieTable.empty': 'За тази категория не са декларирани бисквитки.',
};

export default bg;
