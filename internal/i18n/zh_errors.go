package i18n

// zhErrors: the names and errors of the services a person meets: a claim
// status's name and a rejection reason's meaning inside a sentence, the
// chain that does not answer or refuses a transaction, the wallet's
// wrong passphrase and bad imports, an issuer's bad facts.
var zhErrors = map[string]string{
	// community.ClaimStatus ("rejected" is the faces' own, in zhFaces).
	"open":      "审核中",
	"approved":  "已批准",
	"paid":      "已支付",
	"expired":   "已过期",
	"status-%d": "状态 %d",

	// claims.Reason.Meaning: the reason's name in Chinese, then what it
	// means (the code's name, which a notary types, stays as it is).
	"the presentation does not verify (signature, holder or key binding, claim context)":   "证据无效：出示的凭证未通过验证（签名、持有人或密钥绑定、理赔申请上下文）",
	"the category is not covered, or the diagnosis falls outside eligibility or coverage":  "不在保障范围：类别不在保障范围内，或诊断日期不在生效后的保障期内",
	"the amount exceeds the treatment cost or the cap, or the cost is in another currency": "金额过高：金额超过治疗费用或上限，或费用使用了其他币种",
	"the issuer is not trusted in the community's registry":                                "签发机构不受信任：签发机构不在社区的信任名录中",
	"the medical event was already claimed, or the nullifier does not name it":             "重复事件：此医疗事件已申请过理赔，或防重复标识与其不符",
	"the envelope does not open or is not a claim":                                         "无法读取：信封无法打开，或其内容不是理赔申请",
	"none of the above":               "其他：不属于以上任何一种",
	"a code this huzhu does not know": "此版本 huzhu 无法识别的代码",

	// chain: a chain that does not answer, a transaction it refuses.
	"cannot reach the chain at %s (%s)":          "无法连接位于 %s 的链（%s）",
	"cannot reach the embedded chain of %s (%s)": "无法连接 %s 的内嵌链（%s）",
	"no answer": "无响应",
	"connection refused: nothing is listening there": "连接被拒绝：该地址上没有服务在监听",
	"no answer in time":                       "响应超时",
	"no such host":                            "找不到该主机",
	"no such socket or file":                  "套接字或文件不存在",
	"it did not come up within %s":            "未能在 %s 内启动",
	"it did not come up within %s (last: %v)": "未能在 %s 内启动（最后一次错误：%v）",
	"see %s": "详见 %s",
	"if the chain data is damaged, move %s away":                                                                                        "若链数据已损坏，请将 %s 移走",
	"see %s; if the chain data is damaged, move %s away":                                                                                "详见 %s；若链数据已损坏，请将 %s 移走",
	"the embedded chain is still starting":                                                                                              "内嵌链仍在启动中",
	"the embedded chain's server failed (%v)":                                                                                           "内嵌链的服务运行失败（%v）",
	"the embedded chain's server failed (%v); its log ends:\n%s":                                                                        "内嵌链的服务运行失败（%v）；其日志末尾：\n%s",
	"not enough ETH: %s cannot pay the amount and the gas":                                                                              "ETH 不足：%s 不够支付金额和 gas 费用",
	"transaction failed on chain: out of gas (%d) in tx %s":                                                                             "交易在链上执行失败：gas 耗尽（%d），交易 %s",
	"transaction failed on chain: tx %s":                                                                                                "交易在链上执行失败：交易 %s",
	"the node refused the replacement transaction: %s; it was not sent; %s is still waiting with nonce %d":                              "节点拒绝了替换交易：%s；替换交易未发出；%s 仍以 nonce %d 等待上链",
	"the node refused the transaction: %s; it was not sent, and its nonce %d is already used, so it can never be mined":                 "节点拒绝了交易：%s；交易未发出，且其 nonce %d 已被使用，因此永远不会上链",
	"the node refused the transaction: %s; it was not sent; your next transaction reuses nonce %d so this one can never be mined later": "节点拒绝了交易：%s；交易未发出；你的下一笔交易会复用 nonce %d，因此这笔交易以后也不会上链",
	"insufficient funds: the account cannot pay the amount and the fee":                                                                 "余额不足：账户不够支付金额和手续费",
	"nonce too low: another transaction of this account was mined with that nonce first":                                                "nonce 过低：此账户的另一笔交易已先用该 nonce 上链",
	"replacement transaction underpriced: a replacement must pay a higher fee than the transaction it replaces":                         "替换交易手续费过低：替换交易的手续费必须高于被替换的交易",
	"transaction underpriced: the fee is below what the node accepts now":                                                               "交易手续费过低：低于节点当前接受的手续费",

	// wallet: passphrases, password files, imports.
	"wrong passphrase":                       "密码错误",
	"no such file":                           "文件不存在",
	"the password file (standard input): %v": "密码文件（标准输入）：%v",
	"the password file %s: %v":               "密码文件 %s：%v",
	"no standard input":                      "没有标准输入",
	"the first line is empty":                "第一行为空",
	"a passphrase for %s is needed, and there is no password file and no terminal to ask at":                                                                  "需要 %s 的密码，但既没有密码文件，也没有可供输入密码的终端",
	"authentication failed: this needs the passphrase of %s itself, which the keyring does not keep, and there is no password file and no terminal to ask at": "身份验证失败：这需要 %s 的密码本身，而密钥环并不保存密码；既没有密码文件，也没有可供输入密码的终端",
	"no keyring entry":     "密钥环中没有对应条目",
	"the keyring is off":   "密钥环已关闭",
	"no usable OS keyring": "没有可用的系统密钥环",
	"authentication failed: %s is locked: %s, no password file, and no terminal to ask at":       "身份验证失败：%s 已锁定：%s，没有密码文件，也没有可供输入密码的终端",
	"authentication failed: the passphrase in the password file does not unlock %s":              "身份验证失败：密码文件中的密码无法解锁 %s",
	"authentication failed: wrong passphrase for %s, three times":                                "身份验证失败：%s 的密码连续三次错误",
	"not a valid BIP-39 mnemonic: it has %d words; BIP-39 mnemonics have 12, 15, 18, 21 or 24":   "不是有效的 BIP-39 助记词：共 %d 个词，而 BIP-39 助记词应为 12、15、18、21 或 24 个词",
	"not a valid BIP-39 mnemonic: word %d is not in the BIP-39 English list":                     "不是有效的 BIP-39 助记词：第 %d 个词不在 BIP-39 英文词表中",
	"not a valid BIP-39 mnemonic: the checksum does not match (a word is wrong or out of order)": "不是有效的 BIP-39 助记词：校验和不符（有词写错或顺序不对）",
	"keystore version %d: only version 3 is supported":                                           "keystore 版本 %d：仅支持版本 3",
	"not a keystore file: it is not the JSON of one":                                             "不是 keystore 文件：其内容不是 keystore 的 JSON",

	// community: dues for a member, a ballot the node cannot show.
	"no member named: the zero address cannot be covered": "未指定成员：零地址不能获得保障",
	"the key given is not %s's":                           "所给的密钥不属于 %s",
	"your last ballot could not be found in the community's events (election %d, voter %s): the contract holds your ballot's hash, but the chain node answered with no matching BallotCast event; use a node that serves the community's whole event history, or cast your ballot again (the new one replaces it)": "在社区的事件中找不到你上一张选票（选举 %d，投票人 %s）：合约中有你选票的哈希，但链节点没有返回相符的 BallotCast 事件；请换用能提供社区完整事件历史的节点，或重新投票（新选票会取代旧选票）",

	// disclosure: the facts a hospital gives, checked before it signs.
	"bad medical fact: %s":                               "医疗事实有误：%s",
	"unknown facts %s; a medical credential carries: %s": "未知的事实 %s；医疗凭证可包含：%s",
	"event_id is missing: every credential names its medical event with an unguessable event_id (the claim's nullifier is derived from it)": "缺少 event_id：每个凭证都用一个无法猜测的 event_id 标明其医疗事件（理赔申请的防重复标识由它导出）",
	"%s %v is not a date of the calendar (YYYY-MM-DD, e.g. 2027-02-20)":                                                                     "%s %v 不是有效的日期（YYYY-MM-DD，例如 2027-02-20）",
	"treatment_cost %q is not an amount (e.g. 18000 or 18000.50)":                                                                           "treatment_cost %q 不是金额（例如 18000 或 18000.50）",
	"currency %v is not one the community counts costs in (%s)":                                                                             "币种 %v 不是社区计价所用的币种（%s）",
	"currency %v is not an ISO 4217 code (three capital letters, e.g. CNY)":                                                                 "币种 %v 不是 ISO 4217 代码（三个大写字母，例如 CNY）",

	// disclosure: event ids, one form each (SPEC section 5, v2), and the
	// record references ids are made from.
	"event_id is not in the canonical form (base64url of 16 to 48 bytes): another spelling of the event could be paid again, and a guessable id names the hospital": "event_id 不是规范形式（16 至 48 字节的 base64url）：换一种写法可能再次获得互助金，可猜测的标识会暴露签发医院",
	"a record reference is 1 to %d bytes of UTF-8 text":                                                                                              "病历号须为 1 至 %d 字节的 UTF-8 文本",
	"the record reference has space around it; give it exactly as the hospital's records spell it":                                                   "病历号首尾有空白；请按医院记录中的写法原样提供",
	"the record reference has a control or invisible formatting character; give it exactly as the hospital's records spell it":                       "病历号含有控制字符或不可见的格式字符；请按医院记录中的写法原样提供",
	"the record reference is not in Unicode NFC (a letter and its accent written apart); give it in NFC, as one record is always given the same way": "病历号不是 Unicode NFC 形式（字母与其附加符号分开书写）；请以 NFC 形式提供，使同一份记录始终只有一种写法",

	// The faces' remedies for these errors.
	"check the passphrase (in --password-file, or as typed) and try again":                    "请检查密码（--password-file 中的或你输入的）后重试",
	"its fee was spent and nothing else changed: see where things stand, then try again":      "手续费已扣除，其他一切未变：请先查看当前状态再重试",
	"The account needs more ETH for this: fund it, then try again.":                           "账户的 ETH 不足：请先充值再重试。",
	"Its fee was spent and nothing else changed: look at where things stand, then try again.": "手续费已扣除，其他一切未变：请先查看当前状态再重试。",
	// wallet: credentials
	"credential %s is already in the wallet":       "凭证 %s 已在钱包中",
	"no such credential %q for %s":                 "没有凭证 %q（账户 %s）",
	"%q names %d credentials; give more of the id": "%q 对应 %d 份凭证；请多给出几位编号",
	"%s is damaged: %v":                            "%s 已损坏：%v",

	// wallet: an issuer's event id secret.
	"%s is damaged: it holds no event id secret; restore it from a backup of the issuer's folder (a new secret would give every record a new event id)": "%s 已损坏：其中没有事件标识密钥；请从签发机构文件夹的备份中恢复（换用新密钥会让每份病历得到新的事件标识）",
}
