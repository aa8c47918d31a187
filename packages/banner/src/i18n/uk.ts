import type { Messages } from './en';

/**
 * Ukrainian texts for ConsentKit's banner. Load it only for visitors who need it: the `uk`
 * export (also the default) of the `@consentkit/banner/i18n/uk` subpath, passed as
 * `mountBanner(consent, { texts: { 'uk': uk } })`. The script-tag build ships it as
 * `i18n/uk.json` and fetches it only for visitors who read Ukrainian.
 * Formal register (Ви, Ваш). Terms as the Ukrainian Parliament Commissioner for Human Rights and Ukrainian legislation use them: згода, відкликати згоду, файли cookie, персональні дані.
 * Reviewer's glossary: docs/i18n.md.
 */
export const uk: Messages = {
  'banner.title': 'Ваша конфіденційність',
  'banner.description':
    'З Вашої згоди ми використовуємо файли cookie для статистики та реклами. Якщо Ви відмовитеся або закриєте це повідомлення, використовуватимуться лише необхідні файли cookie. Ви можете змінити свій вибір будь-коли.',
  'banner.policy': 'Політика конфіденційності',
  'banner.acceptAll': 'Прийняти всі',
  'banner.rejectAll': 'Відхилити всі',
  'banner.preferences': 'Налаштування',
  'banner.close': 'Закрити',
  'notice.description': 'Ми використовуємо файли cookie для статистики та реклами. Ви можете вимкнути їх у Налаштуваннях.',
  'preferences.title': 'Налаштування конфіденційності',
  'preferences.description': 'Виберіть, які файли cookie ми можемо використовувати. Необхідні файли cookie завжди ввімкнені.',
  'preferences.save': 'Зберегти',
  'preferences.cookies': 'Файли cookie',
  'preferences.gpcConflict': 'Для цього сайту це скасовує Ваш сигнал Global Privacy Control.',
  'category.necessary.label': 'Необхідні',
  'category.necessary.description': 'Потрібні для роботи сайту та щоб запам’ятати Ваш вибір.',
  'category.analytics.label': 'Статистика',
  'category.analytics.description': 'Статистика використання сайту.',
  'category.targeting.label': 'Реклама',
  'category.targeting.description': 'Персоналізована реклама, а також продаж або передавання персональної інформації рекламним партнерам.',
  'optOut.title': 'Ваші налаштування конфіденційності',
  'optOut.description': 'Ми передаємо дані рекламним партнерам для персоналізованої реклами. Ви можете будь-коли від цього відмовитися.',
  'optOut.link': 'Не продавати й не передавати мою персональну інформацію (Do Not Sell or Share My Personal Information)',
  'optOut.confirmText': 'Відмовитися від продажу та передавання Вашої персональної інформації?',
  'optOut.confirm': 'Підтвердити',
  'optOut.cancel': 'Скасувати',
  'optOut.honored': 'Запит на відмову виконано (Opt-Out Request Honored)',
  'floating.label': 'Налаштування конфіденційності',
  'preferences.saved': 'Ваш вибір збережено.',
  'placeholder.text': '«{title}» надає третя сторона, і для цього потрібна Ваша згода на: {category}.',
  'placeholder.untitled': 'Цей вміст',
  'placeholder.allow': 'Дозволити: {category}',
  'cookieTable.caption': 'Файли cookie, які використовує цей сайт',
  'cookieTable.name': 'Назва',
  'cookieTable.provider': 'Постачальник',
  'cookieTable.purpose': 'Мета',
  'cookieTable.duration': 'Строк зберігання',
  'cookieTable.category': 'Категорія',
  'cookieTable.session': 'Сеанс',
  'cookieTable.days': '{count} дн.',
  'cookieTable.empty': 'Для цієї категорії не зазначено жодного файлу cookie.',
};

export default uk;
