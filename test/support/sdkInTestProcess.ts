/**
 * Setup of the suites that use wx-server-sdk in the test process itself, to
 * read or patch the emulator's database. Outside a cloud function the SDK's
 * first request asks Tencent Cloud's metadata host whether it runs there;
 * with no network that DNS lookup outlives the run and jest does not exit
 * ("Jest did not exit one second after the test run"). `TENCENTCLOUD=true`
 * answers the question without asking; `serviceUrl` still sends every
 * request to the emulator.
 */
process.env.TENCENTCLOUD = 'true'
