/**
 * Every shipped dictionary by language tag, for `renderBannerToString`: a server renders the
 * language it is asked for (`{ language: 'fr' }`) without being handed the dictionary, as the
 * script tag fetches it in the browser. Only server code imports this module; `mountBanner` and
 * the script tag's UI file take dictionaries one by one (`@consentkit/banner/i18n/<lang>`).
 * A test checks that it lists every dictionary file.
 */
import ar from './ar';
import bg from './bg';
import ca from './ca';
import cs from './cs';
import da from './da';
import de from './de';
import deCH from './de-CH';
import el from './el';
import es from './es';
import es419 from './es-419';
import et from './et';
import eu from './eu';
import fa from './fa';
import fi from './fi';
import fr from './fr';
import ga from './ga';
import gl from './gl';
import he from './he';
import hi from './hi';
import hr from './hr';
import hu from './hu';
import id from './id';
import is from './is';
import it from './it';
import ja from './ja';
import ko from './ko';
import lt from './lt';
import lv from './lv';
import mt from './mt';
import nb from './nb';
import nl from './nl';
import nn from './nn';
import pl from './pl';
import pt from './pt';
import ptBR from './pt-BR';
import ro from './ro';
import ru from './ru';
import sk from './sk';
import sl from './sl';
import sv from './sv';
import th from './th';
import tr from './tr';
import uk from './uk';
import vi from './vi';
import zhHans from './zh-Hans';
import zhHant from './zh-Hant';
import type { Dictionaries } from '../translator';

export const SHIPPED: Dictionaries = {
  ar,
  bg,
  ca,
  cs,
  da,
  de,
  'de-CH': deCH,
  el,
  es,
  'es-419': es419,
  et,
  eu,
  fa,
  fi,
  fr,
  ga,
  gl,
  he,
  hi,
  hr,
  hu,
  id,
  is,
  it,
  ja,
  ko,
  lt,
  lv,
  mt,
  nb,
  nl,
  nn,
  pl,
  pt,
  'pt-BR': ptBR,
  ro,
  ru,
  sk,
  sl,
  sv,
  th,
  tr,
  uk,
  vi,
  'zh-Hans': zhHans,
  'zh-Hant': zhHant,
};
