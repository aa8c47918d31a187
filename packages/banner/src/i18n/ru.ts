import type { Messages } from './en';

/**
 * Russian texts for ConsentKit's banner. Load it only for visitors who need it: the `ru`
 * export (also the default) of the `@consentkit/banner/i18n/ru` subpath, passed as
 * `mountBanner(consent, { texts: { 'ru': ru } })`. The script-tag build ships it as
 * `i18n/ru.json` and fetches it only for visitors who read Russian.
 * Formal register (Вы, Ваш). Terms as Roskomnadzor and Federal Law 152-FZ use them: согласие, отозвать согласие, файлы cookie, персональные данные.
 * Reviewer's glossary: docs/i18n.md.
 */
export const ru: Messages = {
  'banner.title': 'Ваша конфиденциальность',
  'banner.description':
    'С Вашего согласия мы используем файлы cookie для статистики и рекламы. Если Вы откажетесь или закроете это сообщение, будут использоваться только необходимые файлы cookie. Вы можете изменить свой выбор в любое время.',
  'banner.policy': 'Политика конфиденциальности',
  'banner.acceptAll': 'Принять все',
  'banner.rejectAll': 'Отклонить все',
  'banner.preferences': 'Настройки',
  'banner.close': 'Закрыть',
  'notice.description': 'Мы используем файлы cookie для статистики и рекламы. Вы можете отключить их в Настройках.',
  'preferences.title': 'Настройки конфиденциальности',
  'preferences.description': 'Выберите, какие файлы cookie мы можем использовать. Необходимые файлы cookie включены всегда.',
  'preferences.save': 'Сохранить',
  'preferences.cookies': 'Файлы cookie',
  'preferences.gpcConflict': 'Для этого сайта это отменяет Ваш сигнал Global Privacy Control.',
  'category.necessary.label': 'Необходимые',
  'category.necessary.description': 'Нужны для работы сайта и чтобы запомнить Ваш выбор.',
  'category.analytics.label': 'Статистика',
  'category.analytics.description': 'Статистика использования сайта.',
  'category.targeting.label': 'Реклама',
  'category.targeting.description': 'Персонализированная реклама, а также продажа или передача персональной информации рекламным партнёрам.',
  'optOut.title': 'Ваши настройки конфиденциальности',
  'optOut.description': 'Мы передаём данные рекламным партнёрам для персонализированной рекламы. Вы можете отказаться от этого в любое время.',
  'optOut.link': 'Не продавать и не передавать мою персональную информацию (Do Not Sell or Share My Personal Information)',
  'optOut.confirmText': 'Отказаться от продажи и передачи Вашей персональной информации?',
  'optOut.confirm': 'Подтвердить',
  'optOut.cancel': 'Отмена',
  'optOut.honored': 'Запрос на отказ выполнен (Opt-Out Request Honored)',
  'floating.label': 'Настройки конфиденциальности',
  'preferences.saved': 'Ваш выбор сохранён.',
  'placeholder.text': '«{title}» предоставляется третьей стороной, и для этого нужно Ваше согласие на: {category}.',
  'placeholder.untitled': 'Этот контент',
  'placeholder.allow': 'Разрешить: {category}',
  'cookieTable.caption': 'Файлы cookie, которые использует этот сайт',
  'cookieTable.name': 'Название',
  'cookieTable.provider': 'Поставщик',
  'cookieTable.purpose': 'Цель',
  'cookieTable.duration': 'Срок хранения',
  'cookieTable.category': 'Категория',
  'cookieTable.session': 'Сеанс',
  'cookieTable.days': '{count} дн.',
  'cookieTable.empty': 'Для этой категории не указано ни одного файла cookie.',
};

export default ru;
