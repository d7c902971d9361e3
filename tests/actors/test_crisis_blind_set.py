"""The later blind crisis sets (tests/data/crisis/blind2.jsonl to blind160.jsonl), each
written by a separate author before a round of the detector's tuning: each is reported
before anyone tunes on it and never edited, so their bytes are pinned."""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from pathlib import Path

import pytest

from actors.crisis import CrisisKind

CRISIS = Path(__file__).resolve().parent.parent / "data" / "crisis"
DIGESTS = {
    "blind2.jsonl": "f0c92d8bfffd47aa443f05f08721fdc0e33a4fb62256703ddc4ad2b438d328bb",
    "blind3.jsonl": "b205f174722f12ba4ee940c5be089922926b8316138cfd1272d6803cd5bcdeae",
    "blind4.jsonl": "6518c8af5de7443feaa82b54dabae345f9bba99bbe0641457d5cfac1b5741539",
    "blind5.jsonl": "c98c765c2d4349219134f5777cccdcef7120abfe15bb87bc2c78a2c1f0486767",
    "blind6.jsonl": "0f7f6aacee6b4c5224d70037bfa3c6e65644f5176863f00f900cfc1b1314b82f",
    "blind7.jsonl": "8f693bf58f395673353ceb9dc06b6a3dfc5d089ac3888053e597f47cf6bcb317",
    "blind8.jsonl": "2b782add6309dce32c757761d7656320d003dfb4e005609d16954cae1040a5bc",
    "blind9.jsonl": "fb660c7a07c98d196b88bc8888a57d18919abe1d46d53fc7aecba0fb12d6599e",
    "blind10.jsonl": "cbe8137fef57d27573c850a2fded920ff347297da08408777d53dd964217fba9",
    "blind11.jsonl": "6bf040f69274da3d39f2e69ecd2e7ff84d8d0c76e4bedd49046f42be6c1c8b3d",
    "blind12.jsonl": "5442837be110cdfd636ae3bc528c79e5bbf6b49bb8544fea438130ccdefab00a",
    "blind13.jsonl": "363bbadde4499094d3d1fe31be56f74f146f80550ca348c1c3e657933336d29e",
    "blind14.jsonl": "615b5ca00ac1fc5e9b87c6559cd3e97736f66b2254d68c3d0d0aea7bb56c9c6f",
    "blind15.jsonl": "428af9a299fbfee242f0e8b4dbebfa785ffbb8dc9739dcad97afa961cde1a20d",
    "blind16.jsonl": "c94ef1e2c3e579d39a8f785b65c1887ef31a7c126854deab56f2690bef49a689",
    "blind17.jsonl": "90cacc9cdca259f922dc64f37c9d01973e9a2ecbdd440c85675932ab07255a80",
    "blind18.jsonl": "b42a556ef6e4fd0e31a3a2efa9f8ce77f29807f83e5f9decedc6c447add242a7",
    "blind19.jsonl": "57adfb50c122a588c939ee63c60176767a2cf6ebba1ae59060ce241de361f5a7",
    "blind20.jsonl": "9fb473ed7ea27590126e828f71e7fb29f33d7fec1858db5a6908ec778eef3635",
    "blind21.jsonl": "7a133355bfd7c35ca0415b31acd1c4049c6bba7d1d7f84bd2dcded2decfa12a5",
    "blind22.jsonl": "09170345c55d444d2dbf03a770f66c12867b6122f116fb862bcc9cd5b3ed0e5b",
    "blind23.jsonl": "e62bb782fac63a4fafe61de347cd1477f042ddb8e57687633a95433789d42a48",
    "blind24.jsonl": "e9b9fd235225a492a6a114f4a15c6a05db2ed6be9c384a34153aac7b3e4129fa",
    "blind25.jsonl": "790616ec54701592eb76be7717771cf93b3ecde768f5c3d20275772c87b7ac7a",
    "blind26.jsonl": "7f7a00ccb8aa75d332beaf392bfb49eca21642b2fa9c776bd667674593c8b66e",
    "blind27.jsonl": "801c3a9d9ef74fedcf449e7dd2ddeb70d620f3411a153294fbccb41f1a2d89b0",
    "blind28.jsonl": "f0c9ea990af560561a37756a7f5a9aedb2bfb980267dc0727efddb83149ff469",
    "blind29.jsonl": "84785d856eff564f4c12306331fbcc941d235115b904a1c1b7c22376bb9278a3",
    "blind30.jsonl": "f333005eb0de01608da60eaae17989b0505886056bf1ea95080dadf8e5407653",
    "blind31.jsonl": "84d640d0437782da2aebc45343fdf07ede4ac5c8f3db93aabbe643355ad3c737",
    "blind32.jsonl": "44a55533800de268a2afe93305935305ac2a3b16cf7b83021a76a7d6734dc707",
    "blind33.jsonl": "b08e8bb9197f57ee8d613d15c60333333c0da5df6db06a8ee9a006b4741365c2",
    "blind34.jsonl": "779a252848eed37f271066c485e25259d763de90de107d85a8f65f3c017f9966",
    "blind35.jsonl": "84368795225ae12ca68b8c933102a093978a1c39da1e31828bc2ac76e729d5ab",
    "blind36.jsonl": "fb950699a9ea6acc87bb11f52673c6f17a699fa160f0cf02e8d84ede037d9db7",
    "blind37.jsonl": "ac9f8f26b80acde7222a6a80dbf26145600a845331cc86b4fb627f95e3621213",
    "blind38.jsonl": "ded02a225e6facf99043546d57bf9e590839ee3a1bd7dd791597d7aacea9f579",
    "blind39.jsonl": "3da4d19742e3ea6c25be33e65ff4036e2be0ddc42ab95d050234f0ea28a056aa",
    "blind40.jsonl": "abf30136a87b0bed057a3fdc5a38c9599cb26f9fe65dce206b28a632413a4c18",
    "blind41.jsonl": "30aeb8b2d84889bc139d780ecb563cc110d1da8b1bb166b8d44531fddc3aa672",
    "blind42.jsonl": "0df0c7bbd14355ab14f4d718e4c92c641756635ef25c4321ccc594728732e86e",
    "blind43.jsonl": "45e5a7d06cebe344c7256da4102d5414fb378e0aa0a2709d3e519b5c06457f85",
    "blind44.jsonl": "2b21507e21b91f922d5a44bbabd1d2da73ac17c63d1c1560b09e0b0c1c516853",
    "blind45.jsonl": "601567d2b941fdb5580c14850b6e2ef5b2c4535829eb408813ff544056a752e9",
    "blind46.jsonl": "66c50bfe04cc9b1a0c5b614d449846e2a673ac105fd2879fcdab58f5a5d8f3ed",
    "blind47.jsonl": "7b588d2a0731cec3bbec9e8efdbff24b407c0f3e5f62d0bf1e3731ffb894aeb3",
    "blind48.jsonl": "fe8dda264aaa0001be97b360edd055cc53dbe7359f2ca92e023cae8d1e8b1477",
    "blind49.jsonl": "2697280d50c971b9843c6565143cf424ef2634a3ea12fc9b729f67fbd07ddf80",
    "blind50.jsonl": "b0cc0a85bbb765ae011f3f700ac52ac2a600fd84b3f52ae87a352bcca47eb64d",
    "blind51.jsonl": "354ca3b3f0d78e1b880d105b3b227977cceeb618368103d319451a957a2ced11",
    "blind52.jsonl": "08692108beea6db9ace979668176634d752b7d2f49a1f2f7cb05cf45743fcfde",
    "blind53.jsonl": "d8644dc725016e2b17722ff9ded9ff4a5744f388c2ec5915b53bbcc5f01c21e9",
    "blind54.jsonl": "41bd4e9432dc51424e37745ebc83a432d124203b98e9b87518f4dd849d99a84f",
    "blind55.jsonl": "4c354fb040d5313c78d2d58bc462ab845095ed6ed7acc033f4fc58fd9e6eeb73",
    "blind56.jsonl": "9c3532995648a42b2d427adb0e2fd0a2bcda85b41801ac5269cfa7987208718f",
    "blind57.jsonl": "250b8a35c0bf0f957e9d91401eb19748f2accce385e85e407ca286c3a42c93dd",
    "blind58.jsonl": "8229ecf1a9914da2aceddaf2215e0f22f7f3ccc5c5d78dc810e5d186e7ea94d0",
    "blind59.jsonl": "8ede350b8a5e1cb193c387c7c920751bd82c3fb64e4481110e7f034326d0367f",
    "blind60.jsonl": "be027285fd1b6c4452babd932869b5449720ff943476791e6d4d7a194bc6b055",
    "blind61.jsonl": "76b5f7c9500228d0530f8b20a6be6182de00eb934a1c575332300c6050549706",
    "blind62.jsonl": "c0edf528c989e2cd1d0e1d8965f75f91e1efbecc1f7dc5f298c0bc246ceb9e64",
    "blind63.jsonl": "0a393daf62dafe9c18fa3782e4ca5eb2468fc7acaf034783d708f7aabfad85ee",
    "blind64.jsonl": "2d4887769e7b093a07064d7b9d871843ba3800fab902b5476bf2bca2976a1c83",
    "blind65.jsonl": "fbfd15efacc89b7b69edd76eb846990a6c91a9024c0d1c483bdaf126c8ea3a44",
    "blind66.jsonl": "3aca967d1348fbedaca116e6930ee92ff6a0289feb5f0b91308c825b9867b841",
    "blind67.jsonl": "82a439c19cc24c4c5056f90ca5737c993989f1a5d0de586b440e2ac6197d1cde",
    "blind68.jsonl": "9d8f5bf5c634e54c9328af824eeadc78859d0fe0772a5a868e5eab56d61986cb",
    "blind69.jsonl": "b0c5297e901eadd3161ea3e6acebffbc477159652d7f58870d03fa0e01c491c7",
    "blind70.jsonl": "a49bce7a7cf50c65273a491159d6db58ae4730e4379124de2bb1dce5db4224e3",
    "blind71.jsonl": "9efdaab4a307a631019aaffe6d65e0baad8386393e636b54659fd6b041ae5397",
    "blind72.jsonl": "2d876ed3c1d66eb25a958777689b316980a54fa1c0d055c59f536e4aee9cd13f",
    "blind73.jsonl": "734a8fc374aee11e7702d37e043032c994d331fe8fb3da6b48b1db7fb00bc0a7",
    "blind74.jsonl": "afb1fa98037035cb403099c5ddfbd0e8b012eebf31dc743bb1bd87197a949f37",
    "blind75.jsonl": "80128278f7fda33feb5b7db9ad4deb7a5c312d161407074fa7c17803268a1144",
    "blind76.jsonl": "c5115647730b8a921695ea2afc07763075d1f9740d6103218088e9ffee1746e4",
    "blind77.jsonl": "2d5684d7fc756604cd5fd4ac356190ded1754e4ed9df70add3dcc4c169a24c70",
    "blind78.jsonl": "5963e5b9f5913c0fb7034f7966e8425c954bb6ec42aff6debc7f0148b7192808",
    "blind79.jsonl": "6cca90fdb99b19fcbf85016e42e46d06f4a1b31403859dcfe43b7b0fedf23a28",
    "blind80.jsonl": "f29817376fc93056a594375d187f81c1413cf6c56d8057f561ac0007bbdf1b37",
    "blind81.jsonl": "e984992a067fb03d7f2be7f422c013ec1410c9119f3bd300d17e25959b16204c",
    "blind82.jsonl": "0662da7d64677e1c0e219c6b32cd77b4b57138dfeecc45cab4017b9d8c7864cb",
    "blind83.jsonl": "293548af12cba53e35616019353f6e5dcf50c0b2bf3b42b61bd7017d102dd52d",
    "blind84.jsonl": "7791614fe8981332a4a208e67b448cfc198fcdf0eed48eb7a951abaaa6a1bf66",
    "blind85.jsonl": "56829c2ae8673b9f615100b2339df19be67a52fae47da962dcba5a9993fca515",
    "blind86.jsonl": "b5f12e7b5a1bc1a704aa3e3eedbbf0d4c341819e7c23d26b99c2a4e844063076",
    "blind87.jsonl": "562c21aa00ac039627fee748b980c4dff3625792d3580967f360f4f23591c6c8",
    "blind88.jsonl": "bb5e576212032d3035173aea303519e5ec483e96ad911e206ea068f18e0fc5c0",
    "blind89.jsonl": "0c09260958ab6777b8bb20607ec88d570ef186615a296979a1301ca5fb7f2155",
    "blind90.jsonl": "e7b517306fb7f5ade8243cf98fc5ebc1d5d4ad092eaf87b349dcc082c20280c7",
    "blind91.jsonl": "e5a1cb3521c8e6b3565ec0f697c6a438bd459f52c3cc8a2838e9515346bd0d27",
    "blind92.jsonl": "e75945d62faa4ff06c12289bd70d9b7f1103efae7bf7c2694823d26a912b2fb5",
    "blind93.jsonl": "9a8319ebb5a2cefc942fb40866fc5086cf10698585550b5fee20fd3310e8f145",
    "blind94.jsonl": "62b0cc614a655a67eb5a64803a4a9d988bccfb1729ba13c8615efe88353e466e",
    "blind95.jsonl": "c2cf6d536fbf78509d42faea1dc6b8ea0f54a793d977ccac6ac21845f11a68d1",
    "blind96.jsonl": "ede2c83debec89d879f2dea47703fc34f27bef5c6991fa6346f21d28cc24526e",
    "blind97.jsonl": "50a5fb11294ef76c8d23e666a7b66d39a4a914c1b3a68722a07a3617e913d458",
    "blind98.jsonl": "dc2029e8b0e6f7ade570f6ba41d68c2f3027be01d076def9418eaa813801c589",
    "blind99.jsonl": "44ea308e81878a944a66a8dd362c80ddbb3c8d78ffc19b835e91294d9bba431d",
    "blind100.jsonl": "c040407e8f6734d86a7f424fb0c46c26595a5f494c78b2036e3e8c6582e094e1",
    "blind101.jsonl": "f4105137097e6bce0decc3c35038aa4d3bec212f660e9e6345cbc78a9ca63a73",
    "blind102.jsonl": "c62a4224a45accabd0d73339495ebbe5f59e871c35200cfd1fdd43299bc31e81",
    "blind103.jsonl": "1499f3ac3d3bf74373184e6e60737d41d34e1cabebc37295b4083817b328eba8",
    "blind104.jsonl": "3bc40a332e6ec1395e8a50d78a354f6c1171880130781e0d155dd77b4a259678",
    "blind105.jsonl": "2ea6f719b1af891863b9fd3ef921d6d1967bcb6fab8029494a31e8d53142838a",
    "blind106.jsonl": "8212442026e8caee98e8609db675f78b4d4312dda5f110034a14d174f2565629",
    "blind107.jsonl": "6892edbcabeed23b1957e06dd240bffdc869d150985b4b7da86ee34bf6a71fc5",
    "blind108.jsonl": "f6073cec4fd6806219abcdd3f6eb5ab5f9040cdadbf8621da10821a9f0c5b099",
    "blind109.jsonl": "2c8e8cb7b73e23be53dc516f67a415f1ff1c9f3af753ae91a9087198867bd6e5",
    "blind110.jsonl": "fe713e5f6637b8ad2f7eb1c48a28a80bdbfd41c52b70c2d4e29f379cba498c57",
    "blind111.jsonl": "2fb91a8625837002b27164203f5048baac9938a313c02bedfb54801094558e6e",
    "blind112.jsonl": "f049ec57ba8375058aeec9cf6b1e1a9e9667d229b73c93ef6e988c0340504d17",
    "blind113.jsonl": "49d23831e3d84e6aa50fdc66698681040eab167ae9b46b30ff479b591b66ee9c",
    "blind114.jsonl": "f71403b28eb3f49c88f7473b21fdaf268c6ffc41bbf0f2ca993c26c63dd8ad36",
    "blind115.jsonl": "6cc12bb9a1d2b7f4aa8d511fe6efd17869ef5c116b79a58b4ad67d7e126ba2d1",
    "blind116.jsonl": "d3f7f6f8c86dc8ab4a6482897f5047a769a3e4f869356fcc14a6f4976d0d1c3d",
    "blind117.jsonl": "7abaa150921a7e83d9b41e2b2764fa35df1a8f3df0ce9d8b0bbc7cca0ab0616d",
    "blind118.jsonl": "df6cc9d3f0a31681608c26177c8acf0a78e57511cdbb74b7e2e8de640d3fd042",
    "blind119.jsonl": "cd3d05b44e29fc5dcbd7f3abe9fbfc8a36b6ab5340df627a84b60678c2009a5a",
    "blind120.jsonl": "78b733266b6b31edfc550dcf841ff75ecb7a20279045a3acb7e873c9287723c3",
    "blind121.jsonl": "b18d86dfaa9a543ee5b2ffed2010ad3cfaa42390c266ae4b1a1017ea39b9fb5d",
    "blind122.jsonl": "b06858a6fca16cdd93e54a4e7727865495d5f6ec213e4d5ef8f24cc694073751",
    "blind123.jsonl": "6aa1b5bdd7cd6d613f6b34449e7c2967bedbb1b915444d296cc3378318106da3",
    "blind124.jsonl": "416955dc20bc74bf1626772b84323045a7274d9b81fb5d78ef9e52c836c12d0e",
    "blind125.jsonl": "e44ad731bc9ef9beb02965fef295cd925e54400cb6ef1c9382e787be73744aff",
    "blind126.jsonl": "9185b7dae82d55eb0fcd51c02aa7590d4a121732af28af96c27b480540a7057e",
    "blind127.jsonl": "4127c7e3225a356d69809cff55c94af86d91f0318b7f4284f31c6e64a3b94af7",
    "blind128.jsonl": "a046533d5df31e60f720ada59fbd088acdd24712ccab6edee95df5a1a50b9993",
    "blind129.jsonl": "913d65b3dfb4655798f0d5c285d04feef0508880f6c709383b6301191f516558",
    "blind130.jsonl": "931d6092d39fad4811755390dbea81e03b9d915438260ed7914e1cc46bb99fab",
    "blind131.jsonl": "6911e7b4423f534299666c43ededf00c883c3f95d8011bae25421b513b246050",
    "blind132.jsonl": "3f4443413b7e8e4373dbb62ede56aee9075dde87e5da988c96ccbcab7e575717",
    "blind133.jsonl": "e2865df25d75edbb1350f3339355b9f9214263cffb2a0134b84f64868e58aa12",
    "blind134.jsonl": "ec0472ddec074dfcdf47929a66918fac96076a98892b01026310ed4d8a30fda1",
    "blind135.jsonl": "5cc4bd1ff3433072589da081f0dabfc05ef0d089101aa721a41cc7af1d9efdf1",
    "blind136.jsonl": "184b53d5f809e8d1c31f547a1b54c75a391611b9c099edc521c2ea7e01c2e15b",
    "blind137.jsonl": "2e98c1f6ad43bcd552475473a85b06700829a5a0c694dc6418bc48fcb6aa1fda",
    "blind138.jsonl": "a4fc98084275208a50e09c0b0f250cca750467ebefb48fe0055548fed2e49ddc",
    "blind139.jsonl": "bad187360be9f8d393d54ea809b163a77754021d8572c78dfbc12312f8ebff49",
    "blind140.jsonl": "ff484ded04bfdea66787bf55f047b614b5ee039af411289d653ac52fbce5befe",
    "blind141.jsonl": "7b0fb0f2788875fe7edbbc39ab85b04834665896f95ec81b881ab1961fb7a5d7",
    "blind142.jsonl": "3501e8a2e70d399be83bd503040635c4968ed6f0d245c618ba2d04933d095f62",
    "blind143.jsonl": "a72541e60be82a5972ab757448d59ed8777d48f8a47c5df6455dbad74c4541da",
    "blind144.jsonl": "e441769abf8d046661bd0628ad74ef5698260683b39e601939d61bed5466b664",
    "blind145.jsonl": "a2e0269b3a2058119b9e1b42e51b4a7f0e30cbab4f21a1e7b1a8e69dd4200005",
    "blind146.jsonl": "c9e25601beff1e57a8f3aac5a558c2cd134ca35b149eac3e873b846fd9931c84",
    "blind147.jsonl": "f4795118f0a63dba3ca012cd5f43a9175e600f9dd185915516091af1fae3b097",
    "blind148.jsonl": "4e50b80a1e9ad5a147cb560b81d10e8abaf8a224695ac2f878531839cb962509",
    "blind149.jsonl": "fcd4d06aebd6d843dc934627f5e00c9ab4ac898e7a8a724f37c1d26a6825dd6f",
    "blind150.jsonl": "8d5930640391b6c25f49fbeb4e14e845ebce70b2326fc3a894b7a988a576219a",
    "blind151.jsonl": "fe079ea412be3d13f966f610f7ba7a971591fc933bfca206600da2d208dbf565",
    "blind152.jsonl": "7fe8e2903a31c63f5bb156145163d7514297f7d4a641f9b21308a63fba61901c",
    "blind153.jsonl": "001cecd210317d554a7a476324ea91fac7a690ff3ffdfb652b27ef953f8be8ba",
    "blind154.jsonl": "370916676c9a39c742d8c0c8ab98185d3ec4ef857d507c92efafb0e693eaacd8",
    "blind155.jsonl": "421ae522c629b5569eecf68196c089e354fe9058e6a2a97d5b75922b9c4a2cea",
    "blind156.jsonl": "a912b505eadcf7517b340a9aa01da2f4b72a981fb149f32a021dc38e882c79f9",
    "blind158.jsonl": "89a78047c0508c6da557d7c7ecaa32dac7ce88d38742515b3d1f5c898474faff",
    "blind159.jsonl": "876db65a23edf002167bb16c75406ce6d7db7f714a2bd15a9d463072aeb9c9c7",
    "blind157.jsonl": "0301fa4a0f52442b04dd1dd923a913c7eb1744cafe94db470c79b355d2364383",
    "blind160.jsonl": "44591bc6a0b0fa724735011d894f38d0c51f927a91b599d5a1563399cd314e48",
}


@pytest.mark.parametrize(("name", "digest"), sorted(DIGESTS.items()))
def test_the_blind_set_is_never_edited(name: str, digest: str) -> None:
    assert hashlib.sha256((CRISIS / name).read_bytes()).hexdigest() == digest


@pytest.mark.parametrize("name", sorted(DIGESTS))
def test_the_blind_set_is_well_formed_and_covers_every_kind_in_both_languages(name: str,
                                                                            ) -> None:
    rows = [json.loads(line) for line in (CRISIS / name).read_text("utf-8").splitlines()
            if line]
    assert len(rows) >= 150
    labels = {kind.value for kind in CrisisKind} | {"none"}
    for row in rows:
        assert set(row) - {"note"} == {"text", "language", "label"}, row  # a note optional
        assert row["language"] in ("ru", "en"), row
        assert row["label"] in labels, row
    by_kind = Counter((row["label"], row["language"]) for row in rows)
    assert all(by_kind[(label, language)] >= 2 for label in labels
               for language in ("ru", "en"))
    assert len({row["text"] for row in rows}) == len(rows)
