/**
 * Characters that tell Traditional Chinese text from Simplified. Data only.
 *
 * Note: each character here is written only in Traditional text (its Simplified form is another code point) and is
 * common in notices; characters that Simplified text also uses (著, 於, 乾, 覆) are left out, so that a Simplified
 * notice quoting a name is not taken for Traditional.
 */

/** Common Traditional-only characters of government texts. */
export const TRADITIONAL_ONLY =
  '業發動實設單產進頭牽區級開務點強體項資農創質國機東場規優綠劃標縣態會範電監鏈對鄉術準組數經續個關與運環園兩構醫傳轉現學織爭應為萬統濟達計領專黃擴節驗養導確費辦備種線製車護內試財綜評遊聯長網鐵調協舊結療險臨貿衛糧號營參據興編積鎮換權廣處藝眾屬魯藥裝揮層勢風題時選堅勵圍競過問間價廢穩戰雙類斷舉條輸陽億減築畝兒決難見龍壯團補覽謀儲總報熱籌願責際員繞識帶隊庫證嚴復測礎蓋預審門齊診廠氣橋細響這們來說讓麼還從當將認從書記議讀談邊門車'

/** Forms of Hong Kong standard text (香港字形) where Taiwan writes another one. */
export const HONG_KONG_FORMS = '衞羣啓峯樑濕脱税户牀閲枱綫裏衆爲僞'

/** Forms of Taiwan standard text (臺灣字形) where Hong Kong writes another one. */
export const TAIWAN_FORMS = '衛啟溼脫稅戶閱檯線裡眾為偽臺汙'
