// Taro builds from client/, where Babel looks for its config: use the root one.
module.exports = require('../babel.config.js')
